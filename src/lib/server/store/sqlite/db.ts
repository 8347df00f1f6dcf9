import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { migrate, readMigrations } from './migrate';
import { syncVocabulary } from './syncVocabulary';
import { config } from '../../config';
import { projectRoot } from '../../paths';

export type Db = Database.Database;

/** Default database: a file under db/ that git ignores. Override with PARALLAX_DB (":memory:" works too). */
export function databasePath(): string {
  return config.databaseFile || resolve(projectRoot(), 'db', 'parallax.sqlite');
}

/** Opens a database with the project's pragmas and brings its schema up to date. */
export function openDatabase(path = databasePath()): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Writes begin IMMEDIATE (every store transaction calls .immediate()): the analysis worker writes through its own
  // connection, and a deferred transaction that reads first cannot wait for the lock when it turns into a write
  // (SQLITE_BUSY at once, whatever the busy timeout).
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  migrate(db, readMigrations(resolve(projectRoot(), 'db', 'migrations')));
  syncVocabulary(db);
  return db;
}

let shared: Db | undefined;

/** The process-wide connection used by the web app (opened, migrated and seeded on first use). */
export function getDb(): Db {
  if (!shared) shared = openDatabase();
  return shared;
}
