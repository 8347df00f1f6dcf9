import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../../src/lib/server/db';
import { migrate, readMigrations, type Migration } from '../../../src/lib/server/migrate';

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
