import type { Db } from '../../src/lib/server/store/sqlite/db';
import { runAnalysis } from '../../src/lib/server/analysis/runAnalysis';

/** Analyses the events a script just imported into, one by one, printing a line per event. */
export async function analyzeImported(db: Db, eventIds: number[]): Promise<void> {
  for (const id of eventIds) {
    const t0 = performance.now();
    const run = runAnalysis(db, id);
    const ms = Math.round(performance.now() - t0);
    console.log(`event ${id}: analysis ${run.state} in ${ms} ms${run.error ? ` (${run.error})` : ''}`);
  }
}
