import type { Db } from './db';
import { statements } from './statements';
import type { AnalysisState } from '../../analysis/AnalysisRunInfo';
import { analysisJobState } from './analysisJobs';
import { runQueries } from './runQueries';

export interface AnalysisStatus {
  /** 'none' before the event was ever analyzed. */
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

/**
 * The state of the event's analysis, for the progress line and the JSON endpoint: the queue's job while there is
 * one (waiting or running), else the newest run's.
 */
export function analysisStatus(db: Db, eventId: number): AnalysisStatus {
  const runs = runQueries(db);
  const latest = runs.latest.get(eventId);
  const job = analysisJobState(db, eventId);
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
  // The worker takes a job, then opens its run: in between, the job is running and its run still queued.
  const opening =
    job === 'running' && latest.state === 'queued' && !runs.latestInState.get(eventId, 'running');
  // A job waiting for a run again (requested during the last one) is queued whatever that run's state.
  const state = opening
    ? 'running'
    : job === 'queued' && latest.state !== 'running'
      ? 'queued'
      : latest.state;
  return {
    state,
    runId: latest.id,
    startedAt: latest.started_at,
    finishedAt: latest.finished_at,
    error: latest.error,
    articlesAnalyzed: latest.articles_analyzed,
    articlesTotal: state === 'queued' || opening ? articlesNow : latest.articles_total,
    doneRunId: done?.id ?? null
  };
}
