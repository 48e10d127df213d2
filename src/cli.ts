/**
 * The command line: the engine without Discord.
 *   ask [--json] "question"   one answer, as text or one JSON line
 *   ask --json                questions from standard input, one per line, one JSON line each, in order
 *   check [--json] "text"     the text's checkable claims, each supported, contradicted or not in the article
 *   digest preview            the digest a channel gets, as text (a channel's first: no history, so nothing "new")
 *   gaps [--json]             for curators: unanswered questions, most frequent first, and the most 👎 facts
 * A bad call prints one clear line to stderr and exits non-zero; never a stack trace.
 */
import './regexp-flags.ts';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { describePublished } from './knowledge/article.ts';
import { KnowledgeBaseError, loadKnowledgeBase } from './knowledge/load.ts';
import { createEngine, type AnswerResult, type Engine, type ScoredFact } from './engine/engine.ts';
import { checkQuestion } from './engine/question.ts';
import { checkClaims, OVERALL_LABELS, overallVerdict, VERDICT_LABELS } from './engine/claims.ts';
import { conversionLines, currencyAsked, impliedRates } from './engine/money.ts';
import type { Citation, Fact } from './knowledge/schema.ts';
import type { Gaps } from './store/feedback.ts';

class UsageError extends Error {}

const USAGE = `usage: npx tsx src/cli.ts ask [--json] "question"
       npx tsx src/cli.ts ask --json < questions.txt   (one question per line)
       npx tsx src/cli.ts check [--json] "text to check"
       npx tsx src/cli.ts digest preview
       npx tsx src/cli.ts gaps [--json]`;

/** Citations exactly as the JSON contract has them, whatever else the objects carry. */
function citationsJson(citations: readonly Citation[]) {
  return citations.map(({ articleId, paragraph, quote }) => ({ articleId, paragraph, quote }));
}

/**
 * What each fact and its citations contribute to a line, serialised once: a batch writes the same few dozen
 * facts thousands of times, and their quotes are most of every line.
 */
const factPrefixJson = new WeakMap<Fact, string>();
const citationsOfFactJson = new WeakMap<readonly Citation[], string>();

function serialisedOnce<Key extends object>(cache: WeakMap<Key, string>, key: Key, serialise: (key: Key) => string): string {
  let json = cache.get(key);
  if (json === undefined) cache.set(key, (json = serialise(key)));
  return json;
}

/** One answer or related fact, as the JSON contract has it: factId, text, score, citations (articleId, paragraph, quote). */
function scoredFactJson({ fact, score, citations }: ScoredFact): string {
  const prefix = serialisedOnce(factPrefixJson, fact, ({ id, answer }) => `{"factId":${JSON.stringify(id)},"text":${JSON.stringify(answer)}`);
  const cited = serialisedOnce(citationsOfFactJson, citations, (all) => JSON.stringify(citationsJson(all)));
  return `${prefix},"score":${Math.round(score * 10_000) / 10_000},"citations":${cited}}`;
}

/** The JSON contract of `ask --json` (documented in the README), as one line. */
function toJsonLine(result: AnswerResult): string {
  const list = (facts: readonly ScoredFact[]) => `[${facts.map(scoredFactJson).join(',')}]`;
  return `{"question":${JSON.stringify(result.question)},"answered":${result.answered},"answers":${list(result.answers)},"related":${list(result.related)}}`;
}

function citationLines(citations: readonly Citation[]): string[] {
  return citations.map((citation) => `    “${citation.quote}” (paragraph ${citation.paragraph})`);
}

function toText(result: AnswerResult, engine: Engine): string {
  const lines: string[] = [];
  if (result.answered) {
    for (const answer of result.answers) {
      const label = answer.fact.stance === 'judgement' ? " (the analyst's judgement, not established fact)" : '';
      lines.push(`${answer.fact.answer}${label}`, ...citationLines(answer.citations));
    }
    const target = currencyAsked(result.question);
    if (target) lines.push(...conversionLines(result.answers[0]!.fact, target, impliedRates(engine.kb)));
  } else {
    const about = result.unknownTerms.length > 0 ? ` about ${result.unknownTerms.map((term) => `"${term}"`).join(', ')}` : '';
    const lacking = result.lacks ? `: it does not give ${result.lacks}` : '';
    lines.push(`The article doesn't say${about}${lacking}.`);
    if (result.related.length > 0) lines.push('The closest facts it does state:');
    for (const related of result.related) lines.push(`  - ${related.fact.answer}`, ...citationLines(related.citations));
  }
  const { article } = engine.kb;
  lines.push('', `Source: "${article.title}", ${describePublished(article)}`);
  return lines.join('\n');
}

function answerOne(engine: Engine, raw: string, json: boolean): string {
  const check = checkQuestion(raw);
  if (!check.ok) throw new UsageError(check.error);
  const result = engine.ask(check.question);
  return json ? toJsonLine(result) : toText(result, engine);
}

/** How many distinct questions a batch remembers the lines of; past it, the memory starts again. */
const MAX_REMEMBERED_LINES = 10_000;

/**
 * Batch mode: answers every line in one process; a bad line gets an error object in its place. A question asked
 * again (a batch of a day's questions repeats many) gets the line already written for it: the engine answers
 * the same question the same way.
 */
async function answerStream(engine: Engine): Promise<number> {
  let failures = 0;
  let buffer: string[] = [];
  const linesByQuestion = new Map<string, string>();
  const flush = () => {
    if (buffer.length > 0) process.stdout.write(`${buffer.join('\n')}\n`);
    buffer = [];
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const check = checkQuestion(line);
    if (check.ok) {
      let json = linesByQuestion.get(check.question);
      if (json === undefined) {
        if (linesByQuestion.size >= MAX_REMEMBERED_LINES) linesByQuestion.clear();
        linesByQuestion.set(check.question, (json = toJsonLine(engine.ask(check.question))));
      }
      buffer.push(json);
    } else {
      failures += 1;
      buffer.push(JSON.stringify({ question: line, error: check.error }));
    }
    if (buffer.length >= 500) flush();
  }
  flush();
  return failures === 0 ? 0 : 1;
}

function checkText(engine: Engine, raw: string, json: boolean): string {
  const check = checkQuestion(raw);
  if (!check.ok) throw new UsageError(check.error.replace('question', 'text'));
  const claims = checkClaims(engine, check.question);
  if (json) {
    return JSON.stringify({
      overall: claims.length > 0 ? overallVerdict(claims) : null,
      claims: claims.map((claim) => ({
        claim: claim.claim,
        verdict: claim.verdict,
        factId: claim.fact?.id ?? null,
        explanation: claim.explanation,
        citations: citationsJson(claim.citations),
      })),
    });
  }
  if (claims.length === 0) return 'No checkable claims found (counts, amounts, years, durations, who leads, which dialogue ranks where).';
  const lines = claims.flatMap((claim) => [
    `${VERDICT_LABELS[claim.verdict]}: "${claim.claim}". ${claim.explanation}`,
    ...citationLines(claim.citations),
  ]);
  return [`${OVERALL_LABELS[overallVerdict(claims)]}.`, ...lines].join('\n');
}

const COMMANDS = ['ask', 'check', 'digest', 'gaps'] as const;

function showGaps(gaps: Gaps, json: boolean): string {
  if (json) return JSON.stringify(gaps);
  const lines = ['Unanswered questions, most frequent first:'];
  if (gaps.unanswered.length === 0) lines.push('  (none recorded)');
  for (const { question, count, lastAsked } of gaps.unanswered) lines.push(`  ${String(count).padStart(4)}×  ${question}  (last ${lastAsked.slice(0, 10)})`);
  lines.push('', 'Facts with the most 👎:');
  if (gaps.disliked.length === 0) lines.push('  (none recorded)');
  for (const { factId, down, up, questions } of gaps.disliked) {
    lines.push(`  ${String(down).padStart(4)} 👎 ${String(up).padStart(4)} 👍  ${factId}`, ...questions.map((question) => `             asked: ${question}`));
  }
  return lines.join('\n');
}

function parseCommandArgs(rest: string[]) {
  try {
    return parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number])) throw new UsageError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  const { values, positionals } = parseCommandArgs(rest);
  if (command === 'gaps') {
    // Loaded only here: a batch of questions needs no database.
    const [{ configFromEnvironment }, { openDatabase }, { FeedbackStore }] = await Promise.all([import('./config.ts'), import('./store/db.ts'), import('./store/feedback.ts')]);
    const config = configFromEnvironment();
    if (!config) return 1;
    const db = openDatabase(config.DATA_DIR);
    try {
      process.stdout.write(`${showGaps(new FeedbackStore(db).gaps(), values.json)}\n`);
    } finally {
      db.close();
    }
    return 0;
  }
  const engine = createEngine(loadKnowledgeBase());
  if (command === 'digest') {
    if (positionals.join(' ') !== 'preview') throw new UsageError(`digest takes one subcommand, preview\n${USAGE}`);
    const [{ composeDigest, initialChannelState }, { renderReplyAsText }] = await Promise.all([import('./digest/compose.ts'), import('./transports/console.ts')]);
    process.stdout.write(`${renderReplyAsText(composeDigest(engine.kb, initialChannelState('preview'), new Date()).message)}\n`);
    return 0;
  }
  if (command === 'check') {
    if (positionals.length === 0) throw new UsageError(`check needs the text to check\n${USAGE}`);
    process.stdout.write(`${checkText(engine, positionals.join(' '), values.json)}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    if (!values.json) throw new UsageError(`ask needs a question (or --json to read questions from standard input)\n${USAGE}`);
    return answerStream(engine);
  }
  process.stdout.write(`${answerOne(engine, positionals.join(' '), values.json)}\n`);
  return 0;
}

// A reader that stops early (`| head`) closes the pipe: the output ends there, quietly (no stack trace), with
// a non-zero exit because it is incomplete. Any other write failure gets its one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`error: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof KnowledgeBaseError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`error: ${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
