-- People's corrections, the append-only audit log, notes on facts, soft removal of articles and outlet merges.
-- Corrections name claims by (article id, start, end) inside their JSON payload, never by analysis row ids,
-- so they outlive every re-analysis (see src/lib/analysis/corrections.ts).

CREATE TABLE corrections (
  id         INTEGER PRIMARY KEY,
  event_id   INTEGER NOT NULL REFERENCES events (id),
  kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'move', 'verdict', 'add-discrepancy',
                                           'dismiss-discrepancy', 'claim-kind', 'span')),
  -- The Correction object without id and reason (claim refs, target, values), as JSON.
  payload    TEXT NOT NULL CHECK (json_valid(payload)),
  reason     TEXT NOT NULL DEFAULT '',
  author     TEXT NOT NULL CHECK (length(trim(author)) > 0),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- Set when the correction is undone; cleared when that undo is undone. Only active ones apply.
  undone_at  TEXT
);
CREATE INDEX corrections_event ON corrections (event_id, id);

-- Notes people leave on a fact, anchored to one of its claims ("<article id>:<start>-<end>").
CREATE TABLE fact_notes (
  id         INTEGER PRIMARY KEY,
  event_id   INTEGER NOT NULL REFERENCES events (id),
  claim_ref  TEXT NOT NULL,
  body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
  author     TEXT NOT NULL CHECK (length(trim(author)) > 0),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  removed_at TEXT
);
CREATE INDEX fact_notes_event ON fact_notes (event_id, claim_ref);

-- Every change people make, per event (outlet edits and merges have no event: event_id NULL, target names
-- the outlet). Undo of an entry is a new entry with `undoes` pointing at it; rows are never changed.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  event_id   INTEGER REFERENCES events (id),
  author     TEXT NOT NULL CHECK (length(trim(author)) > 0),
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  action     TEXT NOT NULL,
  -- What was changed: "correction:12", "article:4", "outlet:3", "note:7".
  target     TEXT NOT NULL,
  before     TEXT CHECK (before IS NULL OR json_valid(before)),
  after      TEXT CHECK (after IS NULL OR json_valid(after)),
  reason     TEXT NOT NULL DEFAULT '',
  undoes     INTEGER REFERENCES audit_log (id)
);
CREATE INDEX audit_log_event ON audit_log (event_id, id);
CREATE INDEX audit_log_target ON audit_log (target, id);
CREATE UNIQUE INDEX audit_log_undone_once ON audit_log (undoes) WHERE undoes IS NOT NULL;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Removed articles stay stored (undo brings them back); every listing and the analysis skip them.
ALTER TABLE articles ADD COLUMN removed_at TEXT;
-- An outlet merged into another keeps its row (undo restores it) and points at the one that absorbed it.
ALTER TABLE outlets ADD COLUMN merged_into INTEGER REFERENCES outlets (id);
