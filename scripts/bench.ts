/**
 * `npm run bench`: prints the numbers the speed targets are about.
 * - per-question latency (p50, p99) in process, on the shipped fact base and on a generated one of 10,000
 * - the fact base's load time, and the process's peak memory
 * - a 10,000-question batch through `ask --json` (a child process, as a user runs it), and one of every labelled
 *   question once: the first repeats questions, the second shows what a question costs when nothing is warm
 * - the Discord round trip (gateway dispatch -> interaction callback) against the local test server
 * Targets: p99 < 1 ms (shipped), < 20 ms (10,000 facts); batch < 5 s.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createEngine, type Engine } from '../src/engine/engine.ts';
import { loadArticle } from '../src/knowledge/article.ts';
import { buildKnowledgeBase, loadKnowledgeBase } from '../src/knowledge/load.ts';
import { TOPICS, type FactInput } from '../src/knowledge/schema.ts';
import { loadQuestions } from '../test/eval/evaluate.ts';
import { QUESTION_SETS } from '../test/eval/sets.ts';
import { percentile } from './percentile.ts';

/** A batch reads one question per line: a question quoting a message over two lines is sent as one. */
const oneLine = (question: string) => question.replace(/\s*\n\s*/g, ' ');
const labelled = QUESTION_SETS.map((set) => ({ tuning: set.tuning, questions: loadQuestions(set.file).map((item) => oneLine(item.q)) }));
const questions = labelled.filter((set) => set.tuning).flatMap((set) => set.questions);
/** Every labelled question once (held-out ones too): a batch with no repeats, so nothing a question needs is warm. */
const distinctQuestions = [...new Set(labelled.flatMap((set) => set.questions))];

function latency(engine: Engine, rounds: number): { p50: number; p99: number; count: number } {
  for (const question of questions) engine.ask(question); // warm up: JIT, typo caches as in a running bot
  const timings: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      const start = performance.now();
      engine.ask(question);
      timings.push(performance.now() - start);
    }
  }
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 0.5), p99: percentile(timings, 0.99), count: timings.length };
}

/** 10,000 facts that pass the same validation as the real ones: quotes cut from the article's own paragraphs. */
function generatedFacts(count: number): FactInput[] {
  const article = loadArticle();
  const vocabulary = article.paragraphs.join(' ').toLowerCase().match(/[a-z]{4,}/g)!;
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const phrase = (length: number) => Array.from({ length }, () => pick(vocabulary)).join(' ');
  return Array.from({ length: count }, (_, index) => {
    const paragraph = Math.floor(random() * article.paragraphs.length);
    const text = article.paragraphs[paragraph]!;
    const start = Math.floor(random() * (text.length - 60));
    return {
      id: `generated-${index}`,
      topic: pick(TOPICS),
      subject: phrase(3),
      answer: `${phrase(12)}.`,
      stance: 'reported',
      aliases: [phrase(1)],
      keywords: [phrase(2), phrase(1)],
      citations: [{ articleId: article.id, paragraph: paragraph + 1, quote: text.slice(start, start + 60) }],
      updated: '2026-11-25',
    };
  });
}

function batchThroughCli(questionLines: readonly string[]): number {
  const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
  const start = performance.now();
  const result = spawnSync(tsx, [new URL('../src/cli.ts', import.meta.url).pathname, 'ask', '--json'], {
    input: questionLines.join('\n'),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const elapsed = performance.now() - start;
  const answered = result.stdout.trim().split('\n').length;
  if (result.status !== 0 || answered !== questionLines.length) throw new Error(`batch failed: exit ${result.status}, ${answered} lines`);
  return elapsed;
}

/** Each figure is printed as soon as it is measured: a long run shows how far it got. */
const LABEL_WIDTH = 46;
const report = (name: string, value: string, note: string) => console.log(`${name.padEnd(LABEL_WIDTH)}  ${value.padStart(14)}  ${note}`);
const ms = (value: number) => `${value.toFixed(3)} ms`;

const loadStart = performance.now();
const shippedBase = loadKnowledgeBase();
const shipped = createEngine(shippedBase);
report('fact base load + index (shipped)', ms(performance.now() - loadStart), `${shippedBase.facts.length} facts`);

const small = latency(shipped, 20);
report('ask p50 (shipped base)', ms(small.p50), `${small.count} questions`);
report('ask p99 (shipped base)', ms(small.p99), 'target < 1 ms');

const largeStart = performance.now();
const large = createEngine(buildKnowledgeBase(loadArticle(), generatedFacts(10_000)));
report('fact base load + index (10,000 generated)', ms(performance.now() - largeStart), '');
const big = latency(large, 1);
report('ask p50 (10,000 facts)', ms(big.p50), `${big.count} questions`);
report('ask p99 (10,000 facts)', ms(big.p99), 'target < 20 ms');

const repeated = Array.from({ length: 10_000 }, (_, i) => questions[i % questions.length]!);
report('10,000 questions through ask --json', ms(batchThroughCli(repeated)), `target < 5000 ms, one process (${new Set(repeated).size.toLocaleString('en')} distinct)`);
report(`${distinctQuestions.length.toLocaleString('en')} distinct questions through ask --json`, ms(batchThroughCli(distinctQuestions)), 'no question twice; process start included');

try {
  const { measureRoundTrip } = await import('./bench-discord.ts');
  const roundTrip = await measureRoundTrip(300);
  report('Discord round trip median (loopback)', ms(roundTrip.median), '300 /ask interactions');
  report('Discord round trip p99 (loopback)', ms(roundTrip.p99), 'dispatch -> callback');
} catch (error) {
  report('Discord round trip', 'not measured', (error as Error).message.split('\n')[0]!);
}

report('peak memory (this process, max RSS)', `${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB`, '');

