/**
 * The bot's SQLite database (better-sqlite3, one file in DATA_DIR). Schema changes are numbered
 * migrations applied in order at open and tracked in `PRAGMA user_version`, so an old file upgrades in
 * place and a new one is built the same way.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface Migration {
  /** What it does, for the reader; order in MIGRATIONS is what counts. */
  name: string;
  sql: string;
}

/** Append only: never edit or reorder a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'feedback and unanswered questions',
    sql: `
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        fact_id TEXT NOT NULL,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        question TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX feedback_fact ON feedback (fact_id, vote);
      CREATE TABLE unanswered (
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL,
        normalized TEXT NOT NULL,
        related_fact_ids TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX unanswered_normalized ON unanswered (normalized);
    `,
  },
  {
    name: 'scheduled digests: subscriptions, runs (unique per subscription and time), channel state, leader lock',
    sql: `
      CREATE TABLE digest_subscriptions (
        id INTEGER PRIMARY KEY,
        guild_id TEXT,
        channel_id TEXT NOT NULL UNIQUE,
        channel_name TEXT,
        schedule_kind TEXT NOT NULL CHECK (schedule_kind IN ('daily', 'weekly', 'cron')),
        cron_expression TEXT,
        time TEXT,
        day TEXT,
        timezone TEXT NOT NULL,
        skip_when_nothing_new INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL CHECK (source IN ('command', 'env')),
        paused_reason TEXT,
        last_error TEXT,
        active_since TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX digest_subscriptions_guild ON digest_subscriptions (guild_id);
      CREATE TABLE digest_runs (
        id INTEGER PRIMARY KEY,
        subscription_id INTEGER NOT NULL REFERENCES digest_subscriptions (id) ON DELETE CASCADE,
        scheduled_for TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'posted', 'skipped', 'failed')),
        nonce TEXT NOT NULL,
        message_id TEXT,
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        first_attempt_at TEXT,
        next_attempt_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (subscription_id, scheduled_for)
      );
      CREATE INDEX digest_runs_status ON digest_runs (status, subscription_id);
      CREATE TABLE digest_channel_state (
        channel_id TEXT PRIMARY KEY,
        last_digest_at TEXT,
        featured_shown TEXT NOT NULL,
        seen_versions TEXT NOT NULL
      );
      CREATE TABLE digest_leader (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        owner TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `,
  },
  {
    name: 'one vote per person per answer: a keyed hash of the voter (never the user id), and the key',
    sql: `
      ALTER TABLE feedback ADD COLUMN voter TEXT;
      CREATE UNIQUE INDEX feedback_one_vote ON feedback (voter, fact_id, IFNULL(question, '')) WHERE voter IS NOT NULL;
      CREATE TABLE store_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
];

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(current).forEach((migration, offset) => {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${current + offset + 1}`);
    })();
  });
}

/** Opens (creating if needed) `bot.sqlite` in `dataDir`, or an in-memory database for ':memory:'. */
export function openDatabase(dataDir: string): Db {
  const inMemory = dataDir === ':memory:';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const db = new Database(inMemory ? ':memory:' : join(dataDir, 'bot.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
