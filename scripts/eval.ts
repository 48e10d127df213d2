/**
 * `npm run eval`: the engine's score on each labelled question set; `--misses` lists what it got wrong on
 * the tuning sets (never on the held-out one).
 */
import { createEngine } from '../src/engine/engine.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { evaluate, loadQuestions } from '../test/eval/evaluate.ts';
import { QUESTION_SETS } from '../test/eval/sets.ts';

const engine = createEngine(loadKnowledgeBase());
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const listMisses = process.argv.includes('--misses');

for (const set of QUESTION_SETS) {
  const report = evaluate(engine, loadQuestions(set.file));
  console.log(`\n${set.name} (${set.file.pathname.split('/').slice(-3).join('/')})${set.tuning ? '' : ': never tuned on'}`);
  console.log(`  right at rank 1 (fact and paragraph): ${report.answerable.right}/${report.answerable.total} = ${percent(report.answerable.accuracy)}`);
  console.log(`  correct refusals:                      ${report.outOfScope.refused}/${report.outOfScope.total} = ${percent(report.outOfScope.accuracy)}`);
  const categories = Object.entries(report.byCategory).sort(([a], [b]) => a.localeCompare(b));
  console.log(`  by category: ${categories.map(([category, { total, right }]) => `${category} ${right}/${total}`).join(', ')}`);
  if (listMisses && set.tuning) {
    for (const { question, got } of report.misses) console.log(`    [${question.category}] "${question.q}" expected ${question.expect ?? 'no answer'}, got ${got}`);
  }
}
