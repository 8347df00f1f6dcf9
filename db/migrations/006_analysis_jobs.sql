-- The durable analysis queue: one row per event waiting for (or under) analysis by the worker thread. It outlives
-- the server process, so work queued or running when the server stopped (even by kill -9) is done after a restart.
-- `requested` counts the requests merged into the job: a request that arrives during the run bumps it, and the
-- worker then runs the job again instead of deleting it.
CREATE TABLE analysis_jobs (
  event_id   INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  requested  INTEGER NOT NULL DEFAULT 1,
  queued_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- Set while a worker runs the job; NULL while it waits.
  started_at TEXT,
  -- Runs begun; a job whose run crashed the worker three times is given up (the run is marked failed).
  attempts   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX analysis_jobs_waiting ON analysis_jobs (queued_at, event_id) WHERE started_at IS NULL;
