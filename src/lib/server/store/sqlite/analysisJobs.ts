import type { Db } from './db';
import { statements } from './statements';
import { runQueries } from './runQueries';

/** A job taken by a runner: which event, and how many requests it answered when taken. */
export interface AnalysisJob {
  eventId: number;
  requested: number;
}

/** A job whose run crashed the worker this many times is given up. */
export const MAX_ATTEMPTS = 3;

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

const q = statements((db: Db) => ({
  upsert: db.prepare<[number]>(
    `INSERT INTO analysis_jobs (event_id) VALUES (?)
     ON CONFLICT (event_id) DO UPDATE SET requested = requested + 1`
  ),
  claim: db.prepare<[], { event_id: number; requested: number }>(
    `UPDATE analysis_jobs SET started_at = ${NOW}, attempts = attempts + 1
     WHERE event_id = (SELECT event_id FROM analysis_jobs WHERE started_at IS NULL
                       ORDER BY queued_at, event_id LIMIT 1)
     RETURNING event_id, requested`
  ),
  remove: db.prepare<[number, number]>('DELETE FROM analysis_jobs WHERE event_id = ? AND requested = ?'),
  again: db.prepare<[number]>('UPDATE analysis_jobs SET started_at = NULL, attempts = 0 WHERE event_id = ?'),
  byEvent: db.prepare<[number], { started_at: string | null; queued_at: string }>(
    'SELECT started_at, queued_at FROM analysis_jobs WHERE event_id = ?'
  ),
  pending: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM analysis_jobs'),
  givenUp: db.prepare<[number], { event_id: number }>(
    'SELECT event_id FROM analysis_jobs WHERE started_at IS NOT NULL AND attempts >= ?'
  ),
  dropJob: db.prepare<[number]>('DELETE FROM analysis_jobs WHERE event_id = ?'),
  failRunning: db.prepare<[string, number]>(
    `UPDATE analysis_runs SET state = 'failed', finished_at = ${NOW}, error = ?
     WHERE event_id = ? AND state IN ('queued', 'running')`
  ),
  // Runs a stopped process left 'running' wait again, so the resumed job picks the same run row up.
  requeueRuns: db.prepare(
    `UPDATE analysis_runs SET state = 'queued', started_at = NULL
     WHERE state = 'running' AND event_id IN (SELECT event_id FROM analysis_jobs)`
  ),
  release: db.prepare('UPDATE analysis_jobs SET started_at = NULL WHERE started_at IS NOT NULL'),
  // Runs left queued or running with no job (a server from before the durable queue stopped mid-run).
  orphanRuns: db.prepare<[], { event_id: number }>(
    `SELECT DISTINCT event_id FROM analysis_runs
     WHERE state IN ('queued', 'running') AND event_id NOT IN (SELECT event_id FROM analysis_jobs)`
  ),
  interruptOrphans: db.prepare<[number]>(
    `UPDATE analysis_runs SET state = 'failed', finished_at = ${NOW},
       error = 'Interrupted: the server stopped during the run.'
     WHERE event_id = ? AND state IN ('queued', 'running')`
  ),
  stale: db.prepare<[string], { id: number }>(
    `SELECT e.id FROM events e
     WHERE EXISTS (SELECT 1 FROM articles a WHERE a.event_id = e.id AND a.removed_at IS NULL)
       AND NOT EXISTS (SELECT 1 FROM analysis_jobs j WHERE j.event_id = e.id)
       AND NOT EXISTS (SELECT 1 FROM analysis_runs r WHERE r.event_id = e.id AND r.state = 'done' AND r.engine = ?)
     ORDER BY e.id`
  )
}));

/**
 * Queues an analysis of the event (durably): a request while the event already waits is merged into that job,
 * a request during its run makes the runner run it once more. Records a 'queued' run for the progress line.
 */
export function enqueueAnalysis(db: Db, eventId: number): void {
  const runs = runQueries(db);
  db.transaction(() => {
    q(db).upsert.run(eventId);
    if (!runs.latestInState.get(eventId, 'queued')) runs.insertQueued.run(eventId);
  }).immediate();
}

/** Takes the oldest waiting job, or undefined when none waits. */
export function claimAnalysisJob(db: Db): AnalysisJob | undefined {
  const row = q(db).claim.get();
  return row && { eventId: row.event_id, requested: row.requested };
}

/** Ends a job after its run: removed, or put back to wait when a request came in during the run. */
export function finishAnalysisJob(db: Db, job: AnalysisJob): void {
  if (q(db).remove.run(job.eventId, job.requested).changes === 0) q(db).again.run(job.eventId);
}

/** The event's job: 'queued' (waiting), 'running', or null when none. */
export function analysisJobState(db: Db, eventId: number): 'queued' | 'running' | null {
  const row = q(db).byEvent.get(eventId);
  return row ? (row.started_at ? 'running' : 'queued') : null;
}

export function pendingAnalysisJobs(db: Db): number {
  return q(db).pending.get()!.n;
}

/**
 * At start (and after a worker crash): jobs marked as running belong to a runner that is gone, so they wait again
 * and their runs with them; a job that was taken MAX_ATTEMPTS times without finishing is given up, its run failed.
 * A run left queued or running without any job is marked interrupted and its event queued again.
 */
export function resumeAnalysisJobs(db: Db): void {
  db.transaction(() => {
    for (const { event_id } of q(db).givenUp.all(MAX_ATTEMPTS)) {
      q(db).failRunning.run(
        `The analysis stopped the worker ${MAX_ATTEMPTS} times; it was given up.`,
        event_id
      );
      q(db).dropJob.run(event_id);
    }
    q(db).requeueRuns.run();
    q(db).release.run();
    // A run no job will pick up again is marked interrupted, and its event queued afresh.
    for (const { event_id } of q(db).orphanRuns.all()) {
      q(db).interruptOrphans.run(event_id);
      enqueueAnalysis(db, event_id);
    }
  }).immediate();
}

/** Queues every event with articles that has no result of the current engine and no job (at start). */
export function enqueueStaleEvents(db: Db, engine: string): number[] {
  const ids = q(db)
    .stale.all(engine)
    .map((r) => r.id);
  ids.forEach((id) => enqueueAnalysis(db, id));
  return ids;
}

/** Takes one job and runs it with `run`; false when no job waits. Run failures are logged, never thrown. */
export function runNextAnalysisJob(db: Db, run: (db: Db, eventId: number) => unknown): boolean {
  const job = claimAnalysisJob(db);
  if (!job) return false;
  try {
    run(db, job.eventId);
  } catch (error) {
    // runAnalysis records engine failures on the run itself; this is a database or programming error.
    console.error(`Analysis of event ${job.eventId} failed:`, error);
  }
  finishAnalysisJob(db, job);
  return true;
}
