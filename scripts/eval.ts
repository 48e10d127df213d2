/** `npm run eval`: the engine's score on the labelled question set; `--misses` lists what it got wrong. */
import { createEngine } from '../src/engine/engine.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { evaluate, loadQuestions } from '../test/eval/evaluate.ts';

const engine = createEngine(loadKnowledgeBase());
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const holdout = evaluate(engine, loadQuestions(new URL('../test/eval/holdout.json', import.meta.url)));
const report = evaluate(engine, loadQuestions());
console.log('Labelled set (test/eval/questions.json):');
console.log(`Right at rank 1 (fact and paragraph): ${report.answerable.right}/${report.answerable.total} = ${percent(report.answerable.accuracy)}`);
console.log(`Correct refusals:                      ${report.outOfScope.refused}/${report.outOfScope.total} = ${percent(report.outOfScope.accuracy)}`);
console.log('\nBy category:');
for (const [category, { total, right }] of Object.entries(report.byCategory).sort()) {
  console.log(`  ${category.padEnd(24)} ${String(right).padStart(3)}/${String(total).padEnd(3)} ${percent(right / total)}`);
}
console.log('\nHeld-out set (test/eval/holdout.json, written apart from the engine and never tuned on):');
console.log(`Right at rank 1 (fact and paragraph): ${holdout.answerable.right}/${holdout.answerable.total} = ${percent(holdout.answerable.accuracy)}`);
console.log(`Correct refusals:                      ${holdout.outOfScope.refused}/${holdout.outOfScope.total} = ${percent(holdout.outOfScope.accuracy)}`);
if (process.argv.includes('--misses')) {
  console.log('\nMisses:');
  for (const { question, got } of report.misses) console.log(`  [${question.category}] "${question.q}" expected ${question.expect ?? 'no answer'}, got ${got}`);
} else if (report.misses.length > 0) {
  console.log(`\n${report.misses.length} misses: npm run eval -- --misses lists them.`);
}
