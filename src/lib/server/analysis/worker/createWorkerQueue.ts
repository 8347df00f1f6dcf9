import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import type { Db } from '../../store/sqlite/db';
import { projectRoot } from '../../paths';
import { enqueueAnalysis, pendingAnalysisJobs, resumeAnalysisJobs } from '../../store/sqlite/analysisJobs';
import type { AnalysisQueue } from '../createAnalysisQueue';
import type { WorkerMessage } from './analysisWorker';

/** Restarting a crashed worker waits this long, so a job that crashes it at once does not spin. */
const RESTART_MS = 500;

/**
 * The server's queue: jobs go into the durable table, and one worker thread, on its own connection to the same
 * database file, runs them. Jobs left by a stopped server are resumed at once; a crashed worker is restarted.
 */
export function createWorkerQueue(db: Db, dbPath: string): AnalysisQueue & { close(): Promise<void> } {
  let waiters: (() => void)[] = [];
  let closed = false;
  let worker: Worker;

  // While jobs wait the worker keeps the process alive (the server's init awaits the demo's analysis before it
  // listens); once the queue is empty, scripts and tests may exit with the worker idle.
  const settle = () => {
    if (pendingAnalysisJobs(db) > 0) return;
    worker.unref();
    const done = waiters;
    waiters = [];
    done.forEach((r) => r());
  };

  const start = () => {
    resumeAnalysisJobs(db);
    worker = new Worker(resolve(projectRoot(), 'src/lib/server/analysis/worker/workerEntry.mjs'), {
      workerData: { dbPath }
    });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'idle' || message.type === 'done') settle();
    });
    worker.on('error', (error) => console.error('The analysis worker failed:', error));
    worker.on('exit', () => {
      if (!closed) setTimeout(start, RESTART_MS).unref();
    });
  };
  start();

  return {
    schedule(eventId) {
      enqueueAnalysis(db, eventId);
      worker.ref();
      worker.postMessage('wake');
    },
    idle() {
      if (pendingAnalysisJobs(db) === 0) return Promise.resolve();
      return new Promise((r) => waiters.push(r));
    },
    async close() {
      closed = true;
      await worker.terminate();
    }
  };
}
