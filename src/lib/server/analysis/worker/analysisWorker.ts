// The analysis worker thread: takes jobs from the durable queue (analysis_jobs) on its own connection and runs the
// engine, so the server thread only reads and writes. Started by createWorkerQueue through workerEntry.mjs.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../store/sqlite/db';
import { runNextAnalysisJob } from '../../store/sqlite/analysisJobs';
import { createEngineContexts } from '../engineContexts';
import { runAnalysis } from '../runAnalysis';

export interface WorkerMessage {
  type: 'idle' | 'done';
}

/** Jobs other processes (the CLI) queue are seen within this time even without a wake-up message. */
const POLL_MS = 2000;

// A lower CPU priority for this thread only (on Linux a nice value is per thread): requests, and the browser on
// the same machine, come first while an event is analyzed. Where that is not allowed, the worker runs as it is.
try {
  setPriority(10);
} catch {
  // not permitted here
}

const db = openDatabase((workerData as { dbPath: string }).dbPath);
// The engine's memory of the last few events this worker analyzed (engineContexts.ts).
const contexts = createEngineContexts();
let wake: (() => void) | undefined;
parentPort!.on('message', () => wake?.());

for (;;) {
  while (runNextAnalysisJob(db, (conn, eventId) => runAnalysis(conn, eventId, {}, contexts))) {
    parentPort!.postMessage({ type: 'done' } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ type: 'idle' } satisfies WorkerMessage);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, POLL_MS);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  wake = undefined;
}
