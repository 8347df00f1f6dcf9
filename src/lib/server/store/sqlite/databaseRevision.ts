import type { Db } from './db';

/**
 * A reader of the database's revision: a string that changes whenever any connection commits a change. SQLite's
 * data_version moves when another connection (the analysis worker, the CLI, another process) commits;
 * total_changes() when this one writes. Reading it is one prepared statement, cheap enough for every request.
 */
export function databaseRevision(db: Db): () => string {
  const stamp = db.prepare<[], { version: number; changes: number }>(
    'SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes'
  );
  return () => {
    const { version, changes } = stamp.get()!;
    return `${version}:${changes}`;
  };
}
