import { getDb } from './sqlite/db';
import { scheduleAnalysis } from '../analysis/scheduleAnalysis';
import { createSqliteStore } from './sqlite/createSqliteStore';
import type { Store } from './Store';

let store: Store | undefined;

/** The process's store (the one factory): SQLite on PARALLAX_DB, analyses queued for the worker. */
export function appStore(): Store {
  return (store ??= createSqliteStore(getDb(), scheduleAnalysis));
}
