import { databasePath, getDb } from '../store/sqlite/db';
import { createAnalysisQueue, type AnalysisQueue } from './createAnalysisQueue';
import { createEngineContexts } from './engineContexts';
import { runAnalysis } from './runAnalysis';
import { createWorkerQueue } from './worker/createWorkerQueue';

let queue: AnalysisQueue | undefined;

/**
 * The web app's queue, started on first use: a worker thread for a database file; for `:memory:` (which another
 * thread cannot open) a runner in this thread.
 */
export function analysisQueue(): AnalysisQueue {
  if (queue) return queue;
  const path = databasePath();
  // In-thread runner: it keeps the engine memory of its last few events, as the worker does.
  const contexts = createEngineContexts();
  queue =
    path === ':memory:'
      ? createAnalysisQueue(getDb, (db, eventId) => runAnalysis(db, eventId, {}, contexts))
      : createWorkerQueue(getDb(), path);
  return queue;
}

/** Analyzes the event in the background (one run per event at a time; repeated requests coalesce). */
export function scheduleAnalysis(eventId: number): void {
  analysisQueue().schedule(eventId);
}
