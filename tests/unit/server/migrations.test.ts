import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../../src/lib/server/store/sqlite/db';
import { migrate, readMigrations, type Migration } from '../../../src/lib/server/store/sqlite/migrate';
import Database from 'better-sqlite3';
import { DISCREPANCY_TYPES, VERDICTS } from '../../../src/lib/analysis/types';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';
import { runAnalysisWith } from '../../../src/lib/server/store/sqlite/runAnalysisWith';
import { latestAnalysis } from '../../../src/lib/server/analysis/latestAnalysis';
import { syncVocabulary } from '../../../src/lib/server/store/sqlite/syncVocabulary';
import { fixtureAnalyze, fixtureEvent } from '../../fixtures/analysisFixture';

const root = resolve(__dirname, '../../..');
const real = readMigrations(resolve(root, 'db', 'migrations'));

function recorded(db: ReturnType<typeof openDatabase>): { version: number; name: string }[] {
  return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
  }[];
}

function tableExists(db: ReturnType<typeof openDatabase>, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

describe('migrations', () => {
  it('applies every migration file once, in order, and records it', () => {
    const db = openDatabase(':memory:');
    expect(recorded(db)).toEqual(real.map((m) => ({ version: m.version, name: m.name })));
    for (const table of ['events', 'outlets', 'articles']) expect(tableExists(db, table)).toBe(true);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('is idempotent: running again applies nothing and changes nothing', () => {
    const db = openDatabase(':memory:');
    const before = recorded(db);
    expect(migrate(db, real)).toEqual([]);
    expect(migrate(db, real)).toEqual([]);
    expect(recorded(db)).toEqual(before);
  });

  it('applies only the migrations newer than the recorded version', () => {
    const db = openDatabase(':memory:');
    const next: Migration = {
      version: real.length + 1,
      name: 'add_notes',
      sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY);'
    };
    expect(migrate(db, [...real, next])).toEqual([next.version]);
    expect(tableExists(db, 'notes')).toBe(true);
    expect(migrate(db, [...real, next])).toEqual([]);
  });

  // The names the analysis tables had before 009 (facts were "claim groups").
  const BEFORE_009: Record<string, string> = {
    facts: 'claim_groups',
    fact_claims: 'group_claims',
    fact_verdicts: 'group_verdicts',
    fact_id: 'group_id',
    fact_key: 'group_key'
  };

  /** Copies every row of `from` (today's schema) into `to` (an older one), under the older names. */
  function copyRows(from: Database.Database, to: Database.Database): void {
    const tables = from
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    to.pragma('foreign_keys = OFF');
    for (const { name } of tables) {
      const old = BEFORE_009[name] ?? name;
      if (name === 'schema_migrations' || !tableExists(to, old)) continue;
      const columns = (from.pragma(`table_info(${name})`) as { name: string }[]).map((c) => c.name);
      const oldColumns = columns.map((c) => BEFORE_009[c] ?? c);
      const insert = to.prepare(
        `INSERT INTO ${old} (${oldColumns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
      );
      for (const row of from.prepare(`SELECT * FROM ${name}`).raw().all() as unknown[][]) insert.run(...row);
    }
    to.pragma('foreign_keys = ON');
  }

  it('007 and 009 keep stored analyses (verdict tables fed from the engine; facts named facts)', () => {
    const source = openDatabase(':memory:');
    const input = fixtureEvent({ outlets: 4, facts: 20 });
    const eventId = createEvent(source, { title: input.event.title }).id;
    for (const a of input.articles)
      addArticle(source, eventId, { text: a.text, outlet: a.outlet, source: 'import' });
    const run = runAnalysisWith(source, eventId, fixtureAnalyze);
    const before = latestAnalysis(source, eventId)!.result;

    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, real.slice(0, 6));
    copyRows(source, db);
    const counts = (names: string[]) =>
      names.map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
    const stored = counts(['claim_groups', 'group_verdicts', 'discrepancies', 'group_claims']);
    expect(stored[2]).toBeGreaterThan(0);

    expect(migrate(db, real)).toEqual(real.slice(6).map((m) => m.version));
    syncVocabulary(db);
    const tables = ['facts', 'fact_verdicts', 'discrepancies', 'fact_claims'];
    expect(counts(tables)).toEqual(stored);
    expect(latestAnalysis(db, eventId)!.result).toEqual(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const names = (table: string) =>
      (db.prepare(`SELECT name FROM ${table} ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    expect(names('verdicts')).toEqual([...VERDICTS].sort());
    expect(names('discrepancy_types')).toEqual([...DISCREPANCY_TYPES].sort());
    // What the engine cannot produce is refused; deleting a run still takes its facts and discrepancies along.
    expect(() => db.prepare("UPDATE fact_verdicts SET verdict = 'maybe'").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE discrepancies SET type = 'colour'").run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM analysis_runs WHERE id = ?').run(run.id);
    expect(counts(tables)).toEqual([0, 0, 0, 0]);
  });

  it('is forward only: a database newer than the code is refused', () => {
    const db = openDatabase(':memory:');
    expect(() => migrate(db, real.slice(0, -1))).toThrow(/newer than this Parallax/);
  });

  it('rolls a failing migration back completely and records nothing for it', () => {
    const db = openDatabase(':memory:');
    const before = recorded(db);
    const broken: Migration = {
      version: real.length + 1,
      name: 'broken',
      sql: 'CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);'
    };
    expect(() => migrate(db, [...real, broken])).toThrow(/no such table/);
    expect(tableExists(db, 'half_done')).toBe(false);
    expect(recorded(db)).toEqual(before);
  });

  it.each([
    { files: ['001_a.sql', '003_c.sql'], message: /numbered 1, 2, 3/ },
    { files: ['001_a.sql', '001_b.sql'], message: /numbered 1, 2, 3/ },
    { files: ['1_a.sql'], message: /must look like 001_name\.sql/ },
    { files: ['001_Bad-Name.sql'], message: /must look like 001_name\.sql/ }
  ])('refuses a migrations folder with $files', ({ files, message }) => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-migrations-'));
    try {
      for (const f of files) writeFileSync(join(dir, f), 'SELECT 1;');
      expect(() => readMigrations(dir)).toThrow(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
