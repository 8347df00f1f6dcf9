export type AnalysisState = 'queued' | 'running' | 'done' | 'failed';

/** One stored run of the engine over an event, as the app and the CLI report it. */
export interface AnalysisRunInfo {
  id: number;
  eventId: number;
  engine: string | null;
  state: AnalysisState;
  error: string | null;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  articlesTotal: number;
  articlesAnalyzed: number;
  /** Articles unchanged since the previous done run, whose claims the engine reused. */
  articlesReused: number;
  inputHash: string | null;
  /** True when runAnalysis found nothing changed and returned the latest done run instead of a new one. */
  skipped?: boolean;
}

export interface AnalysisRunRow {
  id: number;
  event_id: number;
  engine: string | null;
  state: AnalysisState;
  error: string | null;
  queued_at: string;
  started_at: string | null;
  finished_at: string | null;
  articles_total: number;
  articles_analyzed: number;
  articles_reused: number;
  input_hash: string | null;
}

export function runInfoFromRow(row: AnalysisRunRow): AnalysisRunInfo {
  return {
    id: row.id,
    eventId: row.event_id,
    engine: row.engine,
    state: row.state,
    error: row.error,
    queuedAt: row.queued_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    articlesTotal: row.articles_total,
    articlesAnalyzed: row.articles_analyzed,
    articlesReused: row.articles_reused,
    inputHash: row.input_hash
  };
}
