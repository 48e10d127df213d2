/**
 * What curators need to see where the fact base falls short: 👍/👎 per fact and the questions the article
 * could not answer. No user ids are stored, only the question text, the date and fact ids, and for a vote a
 * keyed hash of who cast it, so that one person's vote on an answer counts once however often they click.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from './db.ts';

export type Vote = 'up' | 'down';

export interface VoteInput {
  factId: string;
  vote: Vote;
  /** Who votes (a Discord user id): only its keyed hash is stored. */
  voterId: string;
  /** The question the answer was for, when the message still shows it. */
  question?: string;
}

/** What a vote did: a first vote, a changed one (👍 to 👎), or a repeat that changed nothing. */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged';

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
  /** The key of the voters' hashes: random, made once per database, so a hash means nothing elsewhere. */
  private readonly voterKey: string;

  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {
    db.prepare("INSERT OR IGNORE INTO store_secrets (name, value) VALUES ('voter_key', ?)").run(randomBytes(32).toString('base64'));
    this.voterKey = (db.prepare("SELECT value FROM store_secrets WHERE name = 'voter_key'").get() as { value: string }).value;
  }

  /** One vote per person per answer (fact and question): voting again replaces their vote. */
  recordVote({ factId, vote, voterId, question }: VoteInput): VoteOutcome {
    const voter = createHmac('sha256', this.voterKey).update(voterId).digest('base64url');
    const asked = question ?? null;
    return this.db.transaction((): VoteOutcome => {
      const previous = this.db
        .prepare('SELECT id, vote FROM feedback WHERE voter = ? AND fact_id = ? AND question IS ?')
        .get(voter, factId, asked) as { id: number; vote: Vote } | undefined;
      if (previous?.vote === vote) return 'unchanged';
      const at = this.now().toISOString();
      if (previous) {
        this.db.prepare('UPDATE feedback SET vote = ?, created_at = ? WHERE id = ?').run(vote, at, previous.id);
        return 'changed';
      }
      this.db
        .prepare('INSERT INTO feedback (fact_id, vote, question, voter, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(factId, vote, asked, voter, at);
      return 'recorded';
    })();
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
