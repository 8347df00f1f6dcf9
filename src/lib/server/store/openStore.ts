import { openDatabase } from './sqlite/db';
import { enqueueAnalysis } from './sqlite/analysisJobs';
import { createSqliteStore } from './sqlite/createSqliteStore';
import type { Store } from './Store';

/**
 * A store on its own connection, for the CLI and scripts (the server uses appStore): `schedule` leaves the job in
 * the durable queue for a running server's worker to take; close() when done.
 */
export function openStore(path?: string): { store: Store; close(): void } {
  const db = openDatabase(path);
  return { store: createSqliteStore(db, (eventId) => enqueueAnalysis(db, eventId)), close: () => db.close() };
}
