import type { AnalysisResult } from '../../analysis/types';
import type { Db } from '../store/sqlite/db';
import { runInfoFromRow, type AnalysisRunInfo } from './AnalysisRunInfo';
import { loadRunResult } from '../store/sqlite/loadRunResult';
import { runQueries } from '../store/sqlite/runQueries';

/** The event's newest finished analysis with its result, or null before the first run has succeeded. */
export function latestAnalysis(
  db: Db,
  eventId: number
): { run: AnalysisRunInfo; result: AnalysisResult } | null {
  const row = runQueries(db).latestInState.get(eventId, 'done');
  if (!row) return null;
  const result = loadRunResult(db, row.id);
  return result ? { run: runInfoFromRow(row), result } : null;
}
