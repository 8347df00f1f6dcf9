-- Verdicts and discrepancy types become tables the analysis rows refer to, instead of CHECK lists copied from the
-- engine. The engine's VERDICTS and DISCREPANCY_TYPES (src/lib/analysis/types.ts) stay the one definition:
-- openDatabase adds the ones these tables lack (syncVocabulary) before anything is stored. Values already stored
-- are taken over here, so every existing row stays valid. The three tables are rebuilt the SQLite way (create,
-- copy, drop, rename; migrate.ts runs migrations with foreign keys off and checks them before committing).
CREATE TABLE verdicts (name TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE discrepancy_types (name TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO verdicts (name) SELECT verdict FROM claim_groups UNION SELECT verdict FROM group_verdicts;
INSERT INTO discrepancy_types (name) SELECT DISTINCT type FROM discrepancies;

CREATE TABLE claim_groups_new (
  id        INTEGER PRIMARY KEY,
  run_id    INTEGER NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
  -- The engine's group id, as the run's result names it.
  engine_id TEXT NOT NULL,
  -- Stable across runs: "<article id>:<start>-<end>" of the group's representative (first) claim.
  group_key TEXT NOT NULL,
  position  INTEGER NOT NULL,
  label     TEXT NOT NULL,
  verdict   TEXT NOT NULL REFERENCES verdicts (name),
  cohesion  REAL NOT NULL,
  -- Outlets whose verdict is not 'absent' (1 = single-source fact); only counts groups with real claims.
  reporting_outlets INTEGER NOT NULL,
  -- 1 when every claim of the group is a non-claim (never shown as a fact).
  non_claim INTEGER NOT NULL DEFAULT 0,
  UNIQUE (run_id, engine_id),
  UNIQUE (run_id, group_key)
);
INSERT INTO claim_groups_new (id, run_id, engine_id, group_key, position, label, verdict, cohesion,
                              reporting_outlets, non_claim)
  SELECT id, run_id, engine_id, group_key, position, label, verdict, cohesion, reporting_outlets, non_claim
  FROM claim_groups;
DROP TABLE claim_groups;
ALTER TABLE claim_groups_new RENAME TO claim_groups;
CREATE INDEX claim_groups_run_position ON claim_groups (run_id, position);
CREATE INDEX claim_groups_key ON claim_groups (group_key, run_id);

CREATE TABLE group_verdicts_new (
  group_id INTEGER NOT NULL REFERENCES claim_groups (id) ON DELETE CASCADE,
  -- Outlet display name as the engine saw it (ArticleInput.outlet).
  outlet   TEXT NOT NULL,
  verdict  TEXT NOT NULL REFERENCES verdicts (name),
  PRIMARY KEY (group_id, outlet)
);
INSERT INTO group_verdicts_new (group_id, outlet, verdict) SELECT group_id, outlet, verdict FROM group_verdicts;
DROP TABLE group_verdicts;
ALTER TABLE group_verdicts_new RENAME TO group_verdicts;

CREATE TABLE discrepancies_new (
  id       INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES claim_groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  type     TEXT NOT NULL REFERENCES discrepancy_types (name),
  claim_a  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  claim_b  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  value_a  TEXT NOT NULL,
  value_b  TEXT NOT NULL,
  UNIQUE (group_id, position)
);
INSERT INTO discrepancies_new (id, group_id, position, type, claim_a, claim_b, value_a, value_b)
  SELECT id, group_id, position, type, claim_a, claim_b, value_a, value_b FROM discrepancies;
DROP TABLE discrepancies;
ALTER TABLE discrepancies_new RENAME TO discrepancies;
CREATE INDEX discrepancies_group_type ON discrepancies (group_id, type);
CREATE INDEX discrepancies_claim_a ON discrepancies (claim_a);
CREATE INDEX discrepancies_claim_b ON discrepancies (claim_b);
