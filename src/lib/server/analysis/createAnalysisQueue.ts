import type { Db } from '../store/sqlite/db';
import { enqueueAnalysis, pendingAnalysisJobs, runNextAnalysisJob } from '../store/sqlite/analysisJobs';

export interface AnalysisQueue {
  /** Queues a run for the event; a request while one is already queued is merged into it. */
  schedule(eventId: number): void;
  /** Resolves when no job is queued or running (tests, scripts, shutdown). */
  idle(): Promise<void>;
}

/**
 * A queue whose runner works in this thread, a job per timer tick, over the durable job table (analysisJobs).
 * For a database only this thread can see (`:memory:`) and for tests with a stand-in engine; the server uses
 * the worker thread (createWorkerQueue), so the engine never blocks a request.
 */
export function createAnalysisQueue(db: () => Db, run: (db: Db, eventId: number) => unknown): AnalysisQueue {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiters: (() => void)[] = [];

  const tick = () => {
    timer = undefined;
    if (runNextAnalysisJob(db(), run)) {
      timer = setTimeout(tick, 0);
      return;
    }
    const done = waiters;
    waiters = [];
    done.forEach((resolve) => resolve());
  };

  return {
    schedule(eventId) {
      enqueueAnalysis(db(), eventId);
      timer ??= setTimeout(tick, 0);
    },
    idle() {
      if (pendingAnalysisJobs(db()) === 0 && !timer) return Promise.resolve();
      timer ??= setTimeout(tick, 0);
      return new Promise((resolve) => waiters.push(resolve));
    }
  };
}
