/**
 * Guards the engine's measured quality: fails when a change makes it answer fewer labelled questions right
 * at rank 1 (right fact, right paragraph) or refuse fewer out-of-scope ones. The floors are what the engine
 * reached when they were last raised (npm run eval prints the numbers); raise them as it improves.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/engine.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { evaluate, loadQuestions } from './eval/evaluate.ts';

const engine = createEngine(loadKnowledgeBase());

const FLOORS = {
  labelled: { answerable: 0.9, refusals: 0.85 },
  holdout: { answerable: 0.72, refusals: 0.7 },
};

describe('answer quality on the labelled question sets', () => {
  it('labelled set: right at rank 1 and correct refusals stay at their floors', () => {
    const questions = loadQuestions();
    expect(questions.length).toBeGreaterThanOrEqual(120);
    const report = evaluate(engine, questions);
    expect(report.answerable.accuracy).toBeGreaterThanOrEqual(FLOORS.labelled.answerable);
    expect(report.outOfScope.accuracy).toBeGreaterThanOrEqual(FLOORS.labelled.refusals);
  });

  it('held-out set: the same, on questions never used for tuning', () => {
    const report = evaluate(engine, loadQuestions(new URL('./eval/holdout.json', import.meta.url)));
    expect(report.answerable.accuracy).toBeGreaterThanOrEqual(FLOORS.holdout.answerable);
    expect(report.outOfScope.accuracy).toBeGreaterThanOrEqual(FLOORS.holdout.refusals);
  });

  it('every labelled question names a real fact and a paragraph that fact cites', () => {
    const { byId } = engine.kb;
    for (const question of [...loadQuestions(), ...loadQuestions(new URL('./eval/holdout.json', import.meta.url))]) {
      if (question.expect === null) continue;
      const fact = byId.get(question.expect);
      expect(fact, question.q).toBeDefined();
      if (question.paragraph !== undefined) expect(fact!.citations.map((c) => c.paragraph), question.q).toContain(question.paragraph);
    }
  });
});
