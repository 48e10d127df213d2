/**
 * Scores the answer engine on one labelled question set (see sets.ts). An answerable question is right
 * when the top answer is the expected fact (or an accepted alternative) and cites the expected paragraph;
 * an out-of-scope one is right when nothing answers. Shared by `npm run eval` and the eval test.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Engine } from '../../src/engine/engine.ts';

const LabelledQuestionSchema = z.object({
  q: z.string().min(1),
  expect: z.string().nullable(),
  paragraph: z.number().int().positive().optional(),
  alsoOk: z.array(z.string()).optional(),
  category: z.string(),
});
export type LabelledQuestion = z.infer<typeof LabelledQuestionSchema>;

export function loadQuestions(path = new URL('./questions.json', import.meta.url)): LabelledQuestion[] {
  return z.array(LabelledQuestionSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
}

export interface Miss {
  question: LabelledQuestion;
  got: string;
}

export interface EvalReport {
  answerable: { total: number; right: number; accuracy: number };
  outOfScope: { total: number; refused: number; accuracy: number };
  byCategory: Record<string, { total: number; right: number }>;
  misses: Miss[];
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

export function evaluate(engine: Engine, questions: readonly LabelledQuestion[]): EvalReport {
  const byCategory: EvalReport['byCategory'] = {};
  const misses: Miss[] = [];
  let answerable = 0;
  let answeredRight = 0;
  let outOfScope = 0;
  let refused = 0;
  for (const question of questions) {
    const result = engine.ask(question.q);
    const top = result.answers[0];
    let right: boolean;
    if (question.expect === null) {
      outOfScope += 1;
      right = !result.answered;
      if (right) refused += 1;
    } else {
      answerable += 1;
      const accepted = [question.expect, ...(question.alsoOk ?? [])];
      right =
        result.answered &&
        top !== undefined &&
        accepted.includes(top.fact.id) &&
        (question.paragraph === undefined || top.citations.some((citation) => citation.paragraph === question.paragraph));
      if (right) answeredRight += 1;
    }
    const category = (byCategory[question.category] ??= { total: 0, right: 0 });
    category.total += 1;
    if (right) category.right += 1;
    else {
      const got = result.answered ? `${top!.fact.id} (${top!.score.toFixed(2)})` : `no answer: ${result.refusal}${result.unknownTerms.length ? ` [${result.unknownTerms.join(', ')}]` : ''}; nearest ${result.related[0]?.fact.id ?? '-'} (${result.related[0]?.score.toFixed(2) ?? '-'})`;
      misses.push({ question, got });
    }
  }
  return {
    answerable: { total: answerable, right: answeredRight, accuracy: ratio(answeredRight, answerable) },
    outOfScope: { total: outOfScope, refused, accuracy: ratio(refused, outOfScope) },
    byCategory,
    misses,
  };
}
