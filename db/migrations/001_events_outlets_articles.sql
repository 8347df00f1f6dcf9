-- Events, the outlets that cover them and the source articles people add.
CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE outlets (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- Registrable domain without "www." ("rt.com"); NULL for outlets known only by name.
  domain     TEXT UNIQUE,
  country    TEXT,
  kind       TEXT CHECK (kind IN ('wire service', 'state media', 'public broadcaster', 'newspaper',
                                  'broadcaster', 'agency', 'government', 'other')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX outlets_name_without_domain ON outlets (lower(name)) WHERE domain IS NULL;

CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  outlet_id    INTEGER NOT NULL REFERENCES outlets (id),
  -- Caller-supplied id (CLI import, ECB+ document name); unique within an event when given.
  external_id  TEXT,
  title        TEXT NOT NULL DEFAULT '',
  url          TEXT,
  byline       TEXT,
  published_at TEXT,
  language     TEXT NOT NULL DEFAULT 'en',
  text         TEXT NOT NULL CHECK (length(text) > 0),
  -- sha256 of the normalised text: the same article cannot be added twice to one event.
  content_hash TEXT NOT NULL,
  source_kind  TEXT NOT NULL DEFAULT 'paste' CHECK (source_kind IN ('paste', 'file', 'url', 'import', 'seed')),
  added_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (event_id, content_hash),
  UNIQUE (event_id, external_id)
);
CREATE INDEX articles_event ON articles (event_id, outlet_id);
CREATE INDEX articles_outlet ON articles (outlet_id);
