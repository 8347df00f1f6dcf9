import { analyzeEvent } from '../../analysis/analyzeEvent';
import { ENGINE } from '../../analysis/analyzeClaims';
import type { Db } from '../store/sqlite/db';
import type { AnalysisRunInfo } from './AnalysisRunInfo';
import type { EngineContexts } from './engineContexts';
import { runAnalysisWith, type RunAnalysisOptions } from '../store/sqlite/runAnalysisWith';

/**
 * Analyzes an event now, synchronously, with the engine, reusing the previous run's claims for unchanged
 * articles, and stores the result as a new run (see runAnalysisWith). What scripts and the CLI call.
 * With `contexts`, the event's engine memory from earlier runs is reused (and kept); without, the run starts
 * from the stored result alone.
 */
export function runAnalysis(
  db: Db,
  eventId: number,
  options: RunAnalysisOptions = {},
  contexts?: EngineContexts
): AnalysisRunInfo {
  const context = contexts?.of(eventId);
  return runAnalysisWith(db, eventId, (input, opts) => analyzeEvent(input, { ...opts, context }), {
    engine: ENGINE,
    ...options
  });
}
