import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase } from '../src/store/db.ts';
import { FeedbackStore } from '../src/store/feedback.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('FeedbackStore', () => {
  it('upgrades a database from before one-vote-per-person in place: old votes stay and count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
    dirs.push(dir);
    const old = new Database(join(dir, 'bot.sqlite'));
    MIGRATIONS.slice(0, 2).forEach((migration) => old.exec(migration.sql));
    old.pragma('user_version = 2');
    old.prepare("INSERT INTO feedback (fact_id, vote, question, created_at) VALUES ('jfd-total-budget', 'down', NULL, '2026-01-01')").run();
    old.close();

    const db = openDatabase(dir);
    const store = new FeedbackStore(db);
    expect(store.recordVote({ factId: 'jfd-total-budget', vote: 'down', voterId: '42' })).toBe('recorded');
    expect(store.recordVote({ factId: 'jfd-total-budget', vote: 'down', voterId: '42' })).toBe('unchanged');
    expect(store.gaps().disliked).toEqual([{ factId: 'jfd-total-budget', down: 2, up: 0, questions: [] }]);
    db.close();
  });

  it('keeps its key across restarts, so a returning voter is still one voter; the key differs per database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
    dirs.push(dir);
    const vote = { factId: 'delegation-size', vote: 'up', voterId: '42', question: 'how big is the delegation' } as const;
    let db = openDatabase(dir);
    expect(new FeedbackStore(db).recordVote(vote)).toBe('recorded');
    db.close();
    db = openDatabase(dir);
    expect(new FeedbackStore(db).recordVote(vote)).toBe('unchanged');
    const voterHere = (db.prepare('SELECT voter FROM feedback').get() as { voter: string }).voter;
    db.close();

    const elsewhere = openDatabase(':memory:');
    new FeedbackStore(elsewhere).recordVote(vote);
    expect((elsewhere.prepare('SELECT voter FROM feedback').get() as { voter: string }).voter).not.toBe(voterHere);
    elsewhere.close();
  });
});
