-- Stored analyses. Every run of the engine over an event is one analysis_runs row; its claims, claim groups,
-- per-outlet verdicts and discrepancies hang off it and go with it (old runs are pruned to the last few).
-- People's corrections (a later migration) refer to claims by (article_id, start, end) and to groups by
-- group_key, both stable across runs, never by these tables' row ids.

CREATE TABLE analysis_runs (
  id                INTEGER PRIMARY KEY,
  event_id          INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  -- Engine version string reported by the engine; NULL until the run has finished.
  engine            TEXT,
  state             TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
  error             TEXT,
  queued_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  started_at        TEXT,
  finished_at       TEXT,
  articles_total    INTEGER NOT NULL DEFAULT 0,
  articles_analyzed INTEGER NOT NULL DEFAULT 0,
  -- Articles whose text was unchanged since the previous done run (the engine reused their claims).
  articles_reused   INTEGER NOT NULL DEFAULT 0,
  -- sha256 over the engine input; a new run with the same hash as the latest done run is skipped.
  input_hash        TEXT,
  -- {"<article id>": "<content hash>"}: which article versions this run analysed.
  article_hashes    TEXT,
  -- Small per-event summaries kept whole: {"outlets": OutletSummary[], "agreement": [...], "derived": [...]}.
  summary           TEXT
);
CREATE INDEX analysis_runs_event_state ON analysis_runs (event_id, state, id);

CREATE TABLE claims (
  id         INTEGER PRIMARY KEY,
  run_id     INTEGER NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  -- The engine's claim id (unique within a run).
  claim_key  TEXT NOT NULL,
  start      INTEGER NOT NULL CHECK (start >= 0),
  end        INTEGER NOT NULL CHECK (end >= start),
  kind       TEXT NOT NULL CHECK (kind IN ('claim', 'non-claim')),
  reason     TEXT,
  certainty  TEXT NOT NULL CHECK (certainty IN ('asserted', 'attributed', 'hedged', 'denied')),
  sentence   INTEGER NOT NULL,
  paragraph  INTEGER NOT NULL,
  text       TEXT NOT NULL,
  -- ClaimFeatures other than certainty, as JSON (entities, numbers, dates, attribution, hedges, quotes…).
  features   TEXT NOT NULL,
  UNIQUE (run_id, claim_key)
);
CREATE INDEX claims_run_article ON claims (run_id, article_id, start);
CREATE INDEX claims_article_span ON claims (article_id, start, end);

CREATE TABLE claim_groups (
  id        INTEGER PRIMARY KEY,
  run_id    INTEGER NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
  -- The engine's group id, as the run's result names it.
  engine_id TEXT NOT NULL,
  -- Stable across runs: "<article id>:<start>-<end>" of the group's representative (first) claim.
  group_key TEXT NOT NULL,
  position  INTEGER NOT NULL,
  label     TEXT NOT NULL,
  verdict   TEXT NOT NULL CHECK (verdict IN ('same', 'partial', 'differ', 'absent')),
  cohesion  REAL NOT NULL,
  -- Outlets whose verdict is not 'absent' (1 = single-source fact); only counts groups with real claims.
  reporting_outlets INTEGER NOT NULL,
  -- 1 when every claim of the group is a non-claim (never shown as a fact).
  non_claim INTEGER NOT NULL DEFAULT 0,
  UNIQUE (run_id, engine_id),
  UNIQUE (run_id, group_key)
);
CREATE INDEX claim_groups_run_position ON claim_groups (run_id, position);
CREATE INDEX claim_groups_key ON claim_groups (group_key, run_id);

CREATE TABLE group_claims (
  group_id INTEGER NOT NULL REFERENCES claim_groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, position)
);
CREATE INDEX group_claims_claim ON group_claims (claim_id);

CREATE TABLE group_verdicts (
  group_id INTEGER NOT NULL REFERENCES claim_groups (id) ON DELETE CASCADE,
  -- Outlet display name as the engine saw it (ArticleInput.outlet).
  outlet   TEXT NOT NULL,
  verdict  TEXT NOT NULL CHECK (verdict IN ('same', 'partial', 'differ', 'absent')),
  PRIMARY KEY (group_id, outlet)
);

CREATE TABLE discrepancies (
  id       INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES claim_groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  type     TEXT NOT NULL CHECK (type IN ('number', 'date', 'place', 'name', 'role', 'negation', 'certainty',
                                         'attribution')),
  claim_a  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  claim_b  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  value_a  TEXT NOT NULL,
  value_b  TEXT NOT NULL,
  UNIQUE (group_id, position)
);
CREATE INDEX discrepancies_group_type ON discrepancies (group_id, type);
CREATE INDEX discrepancies_claim_a ON discrepancies (claim_a);
CREATE INDEX discrepancies_claim_b ON discrepancies (claim_b);
