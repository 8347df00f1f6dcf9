import { analyzeEvent } from '../../analysis/analyzeEvent';
import { ENGINE } from '../../analysis/analyzeClaims';
import type { Db } from '../store/sqlite/db';
import type { AnalysisRunInfo } from './AnalysisRunInfo';
import { runAnalysisWith, type RunAnalysisOptions } from '../store/sqlite/runAnalysisWith';

/**
 * Analyzes an event now, synchronously, with the engine, reusing the previous run's claims for unchanged
 * articles, and stores the result as a new run (see runAnalysisWith). What scripts and the CLI call.
 */
export function runAnalysis(db: Db, eventId: number, options: RunAnalysisOptions = {}): AnalysisRunInfo {
  return runAnalysisWith(db, eventId, analyzeEvent, { engine: ENGINE, ...options });
}
