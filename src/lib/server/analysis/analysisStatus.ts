import type { Db } from '../db';
import { statements } from '../statements';
import type { AnalysisState } from './AnalysisRunInfo';
import { runQueries } from './runQueries';

export interface AnalysisStatus {
  /** 'none' before the event was ever analysed. */
  state: AnalysisState | 'none';
  runId: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
  articlesAnalyzed: number;
  articlesTotal: number;
  /** The run the dashboard shows (newest done run), which may be older than runId while a new run is under way. */
  doneRunId: number | null;
}

const q = statements((db) => ({
  articleCount: db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM articles WHERE event_id = ? AND removed_at IS NULL'
  )
}));

/** The state of the event's newest analysis run, for the progress line and the JSON endpoint. */
export function analysisStatus(db: Db, eventId: number): AnalysisStatus {
  const runs = runQueries(db);
  const latest = runs.latest.get(eventId);
  const done = latest?.state === 'done' ? latest : runs.latestInState.get(eventId, 'done');
  const articlesNow = q(db).articleCount.get(eventId)!.n;
  if (!latest) {
    return {
      state: 'none',
      runId: null,
      startedAt: null,
      finishedAt: null,
      error: null,
      articlesAnalyzed: 0,
      articlesTotal: articlesNow,
      doneRunId: null
    };
  }
  return {
    state: latest.state,
    runId: latest.id,
    startedAt: latest.started_at,
    finishedAt: latest.finished_at,
    error: latest.error,
    articlesAnalyzed: latest.articles_analyzed,
    articlesTotal: latest.state === 'queued' ? articlesNow : latest.articles_total,
    doneRunId: done?.id ?? null
  };
}
