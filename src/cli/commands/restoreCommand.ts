import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, EXIT_FAILURE } from '../CliError';
import type { Command } from '../Command';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'replace the database with a backup FILE (checked to be a Parallax database first)',
  usage: `Usage: parallax restore FILE [--db FILE]

Replaces the database with FILE, made by 'parallax backup'. FILE is checked first: it must be an intact SQLite
database with Parallax's schema_migrations table and a schema no newer than this Parallax. The copy is made with
SQLite's online backup, brought up to date, and renamed over the database in one step; the database it replaces
is kept next to it as <db>.before-restore-<time>. Stop the server before restoring.

Options:
  --db FILE    the SQLite database (default: $PARALLAX_DB, else db/parallax.sqlite in the project)
  -h, --help   show this help

Exit status: 0 on success, 2 when FILE is not a usable Parallax backup, 1 when the copy fails.`,
  options: { db: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }) {
    const source = resolve(positionals[0]);
    const { default: Database } = await import('better-sqlite3');
    const { databasePath, openDatabase } = await import('../../lib/server/store/sqlite/db');
    const { readMigrations } = await import('../../lib/server/store/sqlite/migrate');
    const { projectRoot } = await import('../../lib/server/paths');
    const target = (values.db as string | undefined) ?? databasePath();
    if (target === ':memory:') throw new CliError('cannot restore into an in-memory database');
    if (resolve(target) === source) throw new CliError('FILE is the database itself');
    if (!existsSync(source)) throw new CliError(`cannot read ${positionals[0]}: ENOENT`);

    let backup: InstanceType<typeof Database>;
    try {
      backup = new Database(source, { readonly: true, fileMustExist: true });
      const check = backup.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity check: ${check}`);
    } catch (error) {
      throw new CliError(`${positionals[0]} is not a readable SQLite database (${(error as Error).message})`);
    }
    const temporary = join(
      dirname(resolve(target)),
      `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    );
    try {
      const hasTable = backup
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
        .get();
      const version = hasTable
        ? (backup.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v
        : null;
      if (!version) throw new CliError(`${positionals[0]} is not a Parallax database (no schema_migrations)`);
      const latest = readMigrations(resolve(projectRoot(), 'db', 'migrations')).at(-1)?.version ?? 0;
      if (version > latest) {
        throw new CliError(
          `${positionals[0]} has schema version ${version}, newer than this Parallax (${latest})`
        );
      }
      await backup.backup(temporary);
    } catch (error) {
      await rm(temporary, { force: true });
      if (error instanceof CliError) throw error;
      throw new CliError(`restore failed: ${(error as Error).message}`, EXIT_FAILURE);
    } finally {
      backup.close();
    }
    try {
      // Bring the copy up to date and leave it without a WAL, so the rename moves one complete file.
      const copy = openDatabase(temporary);
      copy.pragma('wal_checkpoint(TRUNCATE)');
      copy.pragma('journal_mode = DELETE');
      copy.close();
      let kept: string | null = null;
      if (existsSync(target)) {
        const old = new Database(target);
        old.pragma('wal_checkpoint(TRUNCATE)');
        old.close();
        kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        await copyFile(target, kept);
      }
      await rename(temporary, target);
      await rm(`${target}-wal`, { force: true });
      await rm(`${target}-shm`, { force: true });
      process.stdout.write(
        JSON.stringify({ restored: resolve(target), from: source, previous: kept }) + '\n'
      );
    } catch (error) {
      await rm(temporary, { force: true });
      throw new CliError(`restore failed: ${(error as Error).message}`, EXIT_FAILURE);
    }
  }
};
