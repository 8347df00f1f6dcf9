import type { Db } from './db';
import { statements } from './statements';
import type { AnalysisRunRow } from '../../analysis/AnalysisRunInfo';

const RUN_COLUMNS = `id, event_id, engine, state, error, queued_at, started_at, finished_at, articles_total,
  articles_analyzed, articles_reused, input_hash`;
const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** Queries on analysis_runs shared by the store, the runner, the queue and the status endpoint. */
export const runQueries = statements((db: Db) => ({
  byId: db.prepare<[number], AnalysisRunRow>(`SELECT ${RUN_COLUMNS} FROM analysis_runs WHERE id = ?`),
  latest: db.prepare<[number], AnalysisRunRow>(
    `SELECT ${RUN_COLUMNS} FROM analysis_runs WHERE event_id = ? ORDER BY id DESC LIMIT 1`
  ),
  latestInState: db.prepare<[number, string], AnalysisRunRow>(
    `SELECT ${RUN_COLUMNS} FROM analysis_runs WHERE event_id = ? AND state = ? ORDER BY id DESC LIMIT 1`
  ),
  summary: db.prepare<[number], { summary: string | null; article_hashes: string | null }>(
    'SELECT summary, article_hashes FROM analysis_runs WHERE id = ?'
  ),
  insertQueued: db.prepare<[number]>("INSERT INTO analysis_runs (event_id, state) VALUES (?, 'queued')"),
  start: db.prepare<[number, number]>(
    `UPDATE analysis_runs SET state = 'running', started_at = ${NOW}, articles_total = ? WHERE id = ?`
  ),
  finish: db.prepare<
    [string, number, number, string, string, string, number]
  >(`UPDATE analysis_runs SET state = 'done', finished_at = ${NOW}, error = NULL, engine = ?,
       articles_analyzed = ?, articles_reused = ?, input_hash = ?, article_hashes = ?, summary = ?
     WHERE id = ?`),
  fail: db.prepare<[string, number]>(
    `UPDATE analysis_runs SET state = 'failed', finished_at = ${NOW}, error = ? WHERE id = ?`
  ),
  // Only one run per event is ever under way in a process, so another 'running' row is left from a stopped one.
  failInterrupted: db.prepare<
    [number, number]
  >(`UPDATE analysis_runs SET state = 'failed', finished_at = ${NOW},
      error = 'Interrupted: the server stopped during the run.' WHERE event_id = ? AND state = 'running' AND id <> ?`),
  // Drops the run itself: a skipped run (nothing changed) leaves no trace.
  remove: db.prepare<[number]>('DELETE FROM analysis_runs WHERE id = ?'),
  // Keeps the newest `keep` done runs and the newest failed run of an event; claims etc. cascade.
  prune: db.prepare<[{ event: number; keep: number }]>(`DELETE FROM analysis_runs
    WHERE event_id = @event AND state IN ('done', 'failed')
      AND id NOT IN (SELECT id FROM analysis_runs WHERE event_id = @event AND state = 'done'
                     ORDER BY id DESC LIMIT @keep)
      AND id NOT IN (SELECT id FROM analysis_runs WHERE event_id = @event AND state = 'failed'
                     ORDER BY id DESC LIMIT 1)`)
}));
