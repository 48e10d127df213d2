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
