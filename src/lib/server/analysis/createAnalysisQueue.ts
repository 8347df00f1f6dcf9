import type { Db } from '../db';
import { runQueries } from './runQueries';

export interface AnalysisQueue {
  /** Queues a run for the event; a request while one is already queued is merged into it. */
  schedule(eventId: number): void;
  /** Resolves when no run is queued or running (tests, scripts, shutdown). */
  idle(): Promise<void>;
}

interface Job {
  running: boolean;
  pending: boolean;
}

/**
 * An in-process background queue: at most one run per event at a time, later requests coalesced into a single
 * follow-up run. Each request is recorded at once as a 'queued' run so the status endpoint can show it; the
 * runner picks that row up. The runner is synchronous (better-sqlite3 and the engine are), so a run is
 * started on a later tick to let the request that scheduled it answer first.
 */
export function createAnalysisQueue(db: () => Db, run: (db: Db, eventId: number) => unknown): AnalysisQueue {
  const jobs = new Map<number, Job>();
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (jobs.size > 0) return;
    const done = waiters;
    waiters = [];
    done.forEach((resolve) => resolve());
  };

  const drain = (eventId: number) => {
    const job = jobs.get(eventId);
    if (!job) return;
    job.pending = false;
    job.running = true;
    try {
      run(db(), eventId);
    } catch (error) {
      // runAnalysis records engine failures itself; this is a database or programming error.
      console.error(`Analysis of event ${eventId} failed:`, error);
    } finally {
      job.running = false;
    }
    if (job.pending) setTimeout(() => drain(eventId), 0);
    else {
      jobs.delete(eventId);
      settle();
    }
  };

  return {
    schedule(eventId) {
      const job = jobs.get(eventId);
      if (job?.pending) return;
      const conn = db();
      if (!runQueries(conn).latestInState.get(eventId, 'queued')) runQueries(conn).insertQueued.run(eventId);
      if (job) {
        job.pending = true;
        return;
      }
      jobs.set(eventId, { running: false, pending: true });
      setTimeout(() => drain(eventId), 0);
    },
    idle() {
      return jobs.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    }
  };
}
