/**
 * The command line: the engine without Discord.
 *   ask [--json] "question"   one answer, as text or one JSON line
 *   ask --json                questions from standard input, one per line, one JSON line each, in order
 *   check [--json] "text"     the text's checkable claims, each supported, contradicted or not in the article
 *   digest preview            the digest a channel gets, as text (a channel's first: no history, so nothing "new")
 * A bad call prints one clear line to stderr and exits non-zero; never a stack trace.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { describePublished } from './knowledge/article.ts';
import { KnowledgeBaseError, loadKnowledgeBase } from './knowledge/load.ts';
import { createEngine, type AnswerResult, type Engine, type ScoredFact } from './engine/engine.ts';
import { checkQuestion } from './engine/question.ts';
import { checkClaims } from './engine/claims.ts';
import type { Citation } from './knowledge/schema.ts';

class UsageError extends Error {}

const USAGE = `usage: npx tsx src/cli.ts ask [--json] "question"
       npx tsx src/cli.ts ask --json < questions.txt   (one question per line)
       npx tsx src/cli.ts check [--json] "text to check"
       npx tsx src/cli.ts digest preview`;

/** Citations exactly as the JSON contract has them, whatever else the objects carry. */
function citationsJson(citations: readonly Citation[]) {
  return citations.map(({ articleId, paragraph, quote }) => ({ articleId, paragraph, quote }));
}

/** The JSON contract of `ask --json` (documented in the README). */
function toJson(result: AnswerResult) {
  const fact = (scored: ScoredFact) => ({
    factId: scored.fact.id,
    text: scored.fact.answer,
    score: Number(scored.score.toFixed(4)),
    citations: citationsJson(scored.citations),
  });
  return { question: result.question, answered: result.answered, answers: result.answers.map(fact), related: result.related.map(fact) };
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
  } else {
    const about = result.unknownTerms.length > 0 ? ` about ${result.unknownTerms.map((term) => `"${term}"`).join(', ')}` : '';
    lines.push(`The article doesn't say${about}.`);
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
  return json ? JSON.stringify(toJson(result)) : toText(result, engine);
}

/** Batch mode: answers every line in one process; a bad line gets an error object in its place. */
async function answerStream(engine: Engine): Promise<number> {
  let failures = 0;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length > 0) process.stdout.write(`${buffer.join('\n')}\n`);
    buffer = [];
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const check = checkQuestion(line);
    if (check.ok) {
      buffer.push(JSON.stringify(toJson(engine.ask(check.question))));
    } else {
      failures += 1;
      buffer.push(JSON.stringify({ question: line, error: check.error }));
    }
    if (buffer.length >= 500) flush();
  }
  flush();
  return failures === 0 ? 0 : 1;
}

const VERDICT_WORDS = { supported: 'Supported', contradicted: 'Contradicted', not_in_article: 'Not in the article' } as const;

function checkText(engine: Engine, raw: string, json: boolean): string {
  const check = checkQuestion(raw);
  if (!check.ok) throw new UsageError(check.error.replace('question', 'text'));
  const claims = checkClaims(engine, check.question);
  if (json) {
    return JSON.stringify({
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
  return claims
    .flatMap((claim) => [
      `${VERDICT_WORDS[claim.verdict]}: "${claim.claim}". ${claim.explanation}`,
      ...citationLines(claim.citations),
    ])
    .join('\n');
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
  if (command !== 'ask' && command !== 'check' && command !== 'digest') throw new UsageError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  const { values, positionals } = parseCommandArgs(rest);
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
