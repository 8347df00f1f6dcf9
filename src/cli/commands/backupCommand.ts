import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, EXIT_FAILURE } from '../CliError';
import type { Command } from '../Command';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'copy the database to FILE with SQLite’s online backup (safe while the server runs)',
  usage: `Usage: parallax backup FILE [--db FILE]

Copies the whole database (events, articles, analyses, corrections, audit log) to FILE using SQLite's online
backup, so the server can keep running. FILE is written through a temporary file and renamed into place.

Options:
  --db FILE    the SQLite database (default: $PARALLAX_DB, else db/parallax.sqlite in the project)
  -h, --help   show this help

Exit status: 0 on success, 2 on bad usage, 1 when the copy fails.`,
  options: { db: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }) {
    const target = resolve(positionals[0]);
    const { openDatabase, databasePath } = await import('../../lib/server/store/sqlite/db');
    const source = (values.db as string | undefined) ?? databasePath();
    if (source === ':memory:') throw new CliError('there is nothing to back up in an in-memory database');
    if (resolve(source) === target) throw new CliError('FILE must not be the database itself');
    const temporary = join(
      dirname(target),
      `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    );
    const db = openDatabase(source);
    try {
      await db.backup(temporary);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw new CliError(`backup failed: ${(error as Error).message}`, EXIT_FAILURE);
    } finally {
      db.close();
    }
    process.stdout.write(JSON.stringify({ backup: target }) + '\n');
  }
};
