/**
 * What curators need to see where the fact base falls short: 👍/👎 per fact and the questions the article
 * could not answer. No user ids are stored, only the question text, the date and fact ids.
 */
import type { Db } from './db.ts';

export type Vote = 'up' | 'down';

export interface Gaps {
  unanswered: Array<{ question: string; count: number; lastAsked: string }>;
  /** With the questions (latest first, at most three) that the 👎 answered. */
  disliked: Array<{ factId: string; down: number; up: number; questions: string[] }>;
}

/** Questions that differ only in case, spacing and punctuation count as one. */
function groupingKey(question: string): string {
  return question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export class FeedbackStore {
  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {}

  recordVote(factId: string, vote: Vote, question?: string): void {
    this.db
      .prepare('INSERT INTO feedback (fact_id, vote, question, created_at) VALUES (?, ?, ?, ?)')
      .run(factId, vote, question ?? null, this.now().toISOString());
  }

  recordUnanswered(question: string, relatedFactIds: readonly string[]): void {
    this.db
      .prepare('INSERT INTO unanswered (question, normalized, related_fact_ids, created_at) VALUES (?, ?, ?, ?)')
      .run(question, groupingKey(question), JSON.stringify(relatedFactIds), this.now().toISOString());
  }

  /** Unanswered questions, most frequent first, and the facts with the most 👎. */
  gaps(limit = 20): Gaps {
    const unanswered = this.db
      .prepare(
        `SELECT MIN(question) AS question, COUNT(*) AS count, MAX(created_at) AS lastAsked
         FROM unanswered GROUP BY normalized ORDER BY count DESC, lastAsked DESC LIMIT ?`,
      )
      .all(limit) as Gaps['unanswered'];
    const dislikedFacts = this.db
      .prepare(
        `SELECT fact_id AS factId, SUM(vote = 'down') AS down, SUM(vote = 'up') AS up
         FROM feedback GROUP BY fact_id HAVING down > 0 ORDER BY down DESC, up ASC LIMIT ?`,
      )
      .all(limit) as Array<Omit<Gaps['disliked'][number], 'questions'>>;
    const questionsOf = this.db.prepare(
      `SELECT question FROM feedback WHERE fact_id = ? AND vote = 'down' AND question IS NOT NULL
       GROUP BY question ORDER BY MAX(created_at) DESC LIMIT 3`,
    );
    const disliked = dislikedFacts.map((fact) => ({
      ...fact,
      questions: (questionsOf.all(fact.factId) as Array<{ question: string }>).map((row) => row.question),
    }));
    return { unanswered, disliked };
  }
}
