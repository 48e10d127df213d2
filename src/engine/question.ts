/** The one rule for what counts as a question, shared by every way in (command line, Discord, console). */
export const MAX_QUESTION_LENGTH = 500;

export type QuestionCheck = { ok: true; question: string } | { ok: false; error: string };

export function checkQuestion(raw: string): QuestionCheck {
  const question = raw.replace(/\s+/g, ' ').trim();
  if (!question) return { ok: false, error: 'The question is empty: ask something about the article.' };
  if (question.length > MAX_QUESTION_LENGTH) {
    return { ok: false, error: `The question is ${question.length} characters long; the limit is ${MAX_QUESTION_LENGTH}.` };
  }
  return { ok: true, question };
}
