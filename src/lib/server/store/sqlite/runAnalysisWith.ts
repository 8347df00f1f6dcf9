import type { AnalysisResult, EventInput } from '../../../analysis/types';
import type { Db } from './db';
import { runInfoFromRow, type AnalysisRunInfo } from '../../analysis/AnalysisRunInfo';
import { eventAnalysisInput } from '../../analysis/eventAnalysisInput';
import { loadRunResult } from './loadRunResult';
import { runQueries } from './runQueries';
import { storeAnalysisResult } from './storeAnalysisResult';

export type AnalyzeEvent = (input: EventInput, options?: { previous?: AnalysisResult }) => AnalysisResult;

export interface RunAnalysisOptions {
  /** Analyze even when the input is unchanged since the latest done run. */
  force?: boolean;
  /**
   * The engine `analyze` runs (its results' `engine`): unchanged input is analyzed again when the latest done
   * run came from another engine, so an upgraded engine replaces results it would not give.
   */
  engine?: string;
}

/** How many done runs an event keeps (the newest failed run is kept as well, for its error). */
export const RUNS_KEPT = 3;

/**
 * Runs `analyze` over an event and stores the result as a new run, in one transaction. Picks up the run the
 * queue recorded as 'queued', if any. Unchanged input (same hash as the latest done run, same engine) is skipped
 * and the latest done run returned with `skipped: true`. A failure is recorded on the run (state 'failed', error) and
 * the previous done run stays what the dashboard shows. Never throws for engine or input failures.
 */
export function runAnalysisWith(
  db: Db,
  eventId: number,
  analyze: AnalyzeEvent,
  options: RunAnalysisOptions = {}
): AnalysisRunInfo {
  const runs = runQueries(db);
  const { input, inputHash, articleHashes } = eventAnalysisInput(db, eventId);
  const queued = runs.latestInState.get(eventId, 'queued');
  const runId = queued ? queued.id : Number(runs.insertQueued.run(eventId).lastInsertRowid);
  const latestDone = runs.latestInState.get(eventId, 'done');
  const sameEngine = options.engine === undefined || latestDone?.engine === options.engine;
  if (!options.force && latestDone && latestDone.input_hash === inputHash && sameEngine) {
    runs.remove.run(runId);
    return { ...runInfoFromRow(latestDone), skipped: true };
  }
  runs.failInterrupted.run(eventId, runId);
  runs.start.run(input.articles.length, runId);
  try {
    if (input.articles.length === 0) throw new Error('The event has no articles to analyze.');
    const previous = latestDone ? loadRunResult(db, latestDone.id) : null;
    const previousHashes = latestDone
      ? (JSON.parse(runs.summary.get(latestDone.id)?.article_hashes ?? '{}') as Record<string, string>)
      : {};
    const result = analyze(input, previous ? { previous } : {});
    const reused = Object.entries(articleHashes).filter(([id, hash]) => previousHashes[id] === hash).length;
    db.transaction(() => {
      const summary = storeAnalysisResult(db, runId, eventId, result);
      runs.finish.run(
        result.engine,
        result.articles.length,
        reused,
        inputHash,
        JSON.stringify(articleHashes),
        JSON.stringify(summary),
        runId
      );
      runs.prune.run({ event: eventId, keep: RUNS_KEPT });
    }).immediate();
  } catch (error) {
    runs.fail.run(error instanceof Error ? error.message : String(error), runId);
    runs.prune.run({ event: eventId, keep: RUNS_KEPT });
  }
  return runInfoFromRow(runs.byId.get(runId)!);
}
