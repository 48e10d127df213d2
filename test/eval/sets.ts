/**
 * The labelled question sets. Three are for tuning (their misses are listed by `npm run eval -- --misses`);
 * the held-out one was written apart from the engine and the other sets, and its misses are never listed,
 * so that its score stays an honest estimate of questions nobody has seen.
 */
export interface QuestionSet {
  name: string;
  file: URL;
  tuning: boolean;
}

export const QUESTION_SETS: readonly QuestionSet[] = [
  { name: 'labelled A', file: new URL('./questions.json', import.meta.url), tuning: true },
  { name: 'labelled B', file: new URL('./questions-b.json', import.meta.url), tuning: true },
  { name: 'labelled C', file: new URL('./questions-c.json', import.meta.url), tuning: true },
  { name: 'held-out', file: new URL('./holdout-fresh.json', import.meta.url), tuning: false },
];
