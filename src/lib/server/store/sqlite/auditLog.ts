import type { Db } from './db';
import { statements } from './statements';

export type AuditAction =
  | 'correction.add'
  | 'correction.undo'
  | 'article.edit'
  | 'article.remove'
  | 'article.restore'
  | 'outlet.edit'
  | 'outlet.merge'
  | 'outlet.unmerge'
  | 'note.add'
  | 'note.remove';

/** One row of the append-only audit log. `before`/`after` are the target's state around the change. */
export interface AuditEntry {
  id: number;
  eventId: number | null;
  author: string;
  at: string;
  action: AuditAction;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string;
  /** The entry this one reverses (an undo), if any. */
  undoes: number | null;
  /** The later entry that reversed this one, if any. */
  undoneBy: number | null;
}

interface AuditRow {
  id: number;
  event_id: number | null;
  author: string;
  at: string;
  action: AuditAction;
  target: string;
  before: string | null;
  after: string | null;
  reason: string;
  undoes: number | null;
  undone_by: number | null;
}

const COLUMNS = `l.*, (SELECT u.id FROM audit_log u WHERE u.undoes = l.id) AS undone_by`;

// Outlets with articles in the event, and outlets merged into those (at any depth).
const EVENT_OUTLETS = `WITH RECURSIVE event_outlets(id) AS (
    SELECT outlet_id FROM articles WHERE event_id = @event
    UNION SELECT o.id FROM outlets o JOIN event_outlets e ON o.merged_into = e.id)`;
const EVENT_OR_OUTLET = `(l.event_id = @event OR (l.event_id IS NULL
    AND l.target IN (SELECT 'outlet:' || id FROM event_outlets)))`;

const q = statements((db) => ({
  insert: db.prepare(`INSERT INTO audit_log (event_id, author, action, target, before, after, reason, undoes)
    VALUES (@eventId, @author, @action, @target, @before, @after, @reason, @undoes)`),
  byId: db.prepare<[number], AuditRow>(`SELECT ${COLUMNS} FROM audit_log l WHERE l.id = ?`),
  byEvent: db.prepare<[number, number, number], AuditRow>(
    `SELECT ${COLUMNS} FROM audit_log l WHERE l.event_id = ? ORDER BY l.id DESC LIMIT ? OFFSET ?`
  ),
  countByEvent: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM audit_log WHERE event_id = ?'),
  // The event's own entries plus the edits and merges of outlets with articles in it (those have no event:
  // they change every event of the outlet). An outlet merged into one of them counts too.
  withOutlets: db.prepare<{ event: number; limit: number; offset: number }, AuditRow>(
    `${EVENT_OUTLETS} SELECT ${COLUMNS} FROM audit_log l WHERE ${EVENT_OR_OUTLET} ORDER BY l.id DESC LIMIT @limit OFFSET @offset`
  ),
  countWithOutlets: db.prepare<{ event: number }, { n: number }>(
    `${EVENT_OUTLETS} SELECT count(*) AS n FROM audit_log l WHERE ${EVENT_OR_OUTLET}`
  ),
  after: db.prepare<[number], AuditRow>(`SELECT ${COLUMNS} FROM audit_log l WHERE l.id > ? ORDER BY l.id`),
  byTarget: db.prepare<[string, number, number], AuditRow>(
    `SELECT ${COLUMNS} FROM audit_log l WHERE l.target = ? ORDER BY l.id DESC LIMIT ? OFFSET ?`
  ),
  countByTarget: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM audit_log WHERE target = ?')
}));

function entryFromRow(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    eventId: row.event_id,
    author: row.author,
    at: row.at,
    action: row.action,
    target: row.target,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
    reason: row.reason,
    undoes: row.undoes,
    undoneBy: row.undone_by
  };
}

export interface NewAuditEntry {
  eventId: number | null;
  author: string;
  action: AuditAction;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason?: string;
  undoes?: number | null;
}

/** Appends one entry (call inside the transaction that makes the change). */
export function appendAudit(db: Db, entry: NewAuditEntry): AuditEntry {
  const id = Number(
    q(db).insert.run({
      eventId: entry.eventId,
      author: entry.author,
      action: entry.action,
      target: entry.target,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? '',
      undoes: entry.undoes ?? null
    }).lastInsertRowid
  );
  return getAuditEntry(db, id)!;
}

export function getAuditEntry(db: Db, id: number): AuditEntry | undefined {
  const row = q(db).byId.get(id);
  return row && entryFromRow(row);
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const AUDIT_PAGE_MAX = 200;

function bounds(limit: number, offset: number): [number, number] {
  return [
    Math.min(Math.max(Math.trunc(limit) || 50, 1), AUDIT_PAGE_MAX),
    Math.max(Math.trunc(offset) || 0, 0)
  ];
}

/**
 * An event's audit log, newest first: its own entries and, unless `outlets` is false, the edits and merges of
 * the outlets with articles in it (entries with eventId null and target "outlet:ID", which affect every event
 * of that outlet).
 */
export function listAudit(
  db: Db,
  eventId: number,
  { limit = 50, offset = 0, outlets = true } = {}
): Page<AuditEntry> {
  const [l, o] = bounds(limit, offset);
  if (!outlets) {
    return {
      items: q(db).byEvent.all(eventId, l, o).map(entryFromRow),
      total: q(db).countByEvent.get(eventId)!.n,
      limit: l,
      offset: o
    };
  }
  return {
    items: q(db).withOutlets.all({ event: eventId, limit: l, offset: o }).map(entryFromRow),
    total: q(db).countWithOutlets.get({ event: eventId })!.n,
    limit: l,
    offset: o
  };
}

/** Every entry made after entry `id` (any event or target), oldest first. */
export function auditEntriesAfter(db: Db, id: number): AuditEntry[] {
  return q(db).after.all(id).map(entryFromRow);
}

/** The entries about one target ("outlet:3"), newest first. */
export function listAuditForTarget(
  db: Db,
  target: string,
  { limit = 50, offset = 0 } = {}
): Page<AuditEntry> {
  const [l, o] = bounds(limit, offset);
  return {
    items: q(db).byTarget.all(target, l, o).map(entryFromRow),
    total: q(db).countByTarget.get(target)!.n,
    limit: l,
    offset: o
  };
}
