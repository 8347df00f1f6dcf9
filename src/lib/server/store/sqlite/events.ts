import type { Db } from './db';
import { assertReadable } from '../../assertReadable';
import { statements } from './statements';
import { ValidationError } from '../../ValidationError';

export interface EventRow {
  id: number;
  title: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface EventListItem extends EventRow {
  articles: number;
  outlets: number;
}

const q = statements((db) => ({
  insert: db.prepare<[string, string]>('INSERT INTO events (title, description) VALUES (?, ?)'),
  byId: db.prepare<[number], EventRow>('SELECT * FROM events WHERE id = ?'),
  byTitle: db.prepare<[string], EventRow>('SELECT * FROM events WHERE title = ? ORDER BY id LIMIT 1'),
  touch: db.prepare<[number]>(
    "UPDATE events SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"
  ),
  list: db.prepare<[number, number], EventListItem>(`
    SELECT e.*, count(a.id) AS articles, count(DISTINCT a.outlet_id) AS outlets
    FROM events e LEFT JOIN articles a ON a.event_id = e.id AND a.removed_at IS NULL
    GROUP BY e.id
    ORDER BY e.updated_at DESC, e.id DESC
    LIMIT ? OFFSET ?`),
  count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events'),
  outletNames: db.prepare<[string], { event_id: number; name: string }>(`
    SELECT DISTINCT a.event_id, o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id
    WHERE a.removed_at IS NULL AND a.event_id IN (SELECT value FROM json_each(?))
    ORDER BY a.event_id, o.name`)
}));

export function validateEventTitle(title: unknown): string {
  if (title !== undefined && title !== null && typeof title !== 'string')
    throw new ValidationError('The title must be text.', 'title');
  const t = typeof title === 'string' ? assertReadable(title, 'title', 'The title').trim() : '';
  if (!t) throw new ValidationError('Give the event a title.', 'title', 'required');
  if (t.length > 300) throw new ValidationError('The title is too long (300 characters at most).', 'title');
  return t;
}

/** An event's optional description: text of at most 5,000 characters (refused, never cut). */
export function validateDescription(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new ValidationError('The description must be text.', 'description');
  const d = assertReadable(value, 'description', 'The description').trim();
  if (d.length > 5000)
    throw new ValidationError('The description is too long (5000 characters at most).', 'description');
  return d;
}

export function createEvent(db: Db, input: { title: unknown; description?: unknown }): EventRow {
  const title = validateEventTitle(input.title);
  const description = validateDescription(input.description);
  const id = Number(q(db).insert.run(title, description).lastInsertRowid);
  return q(db).byId.get(id)!;
}

export function getEvent(db: Db, id: number): EventRow | undefined {
  return q(db).byId.get(id);
}

export function findEventByTitle(db: Db, title: string): EventRow | undefined {
  return q(db).byTitle.get(title.trim());
}

export function touchEvent(db: Db, id: number): void {
  q(db).touch.run(id);
}

export function listEvents(db: Db, { limit = 100, offset = 0 } = {}): EventListItem[] {
  return q(db).list.all(Math.min(Math.max(limit, 1), 500), Math.max(offset, 0));
}

export function countEvents(db: Db): number {
  return q(db).count.get()!.n;
}

/** The names of the outlets that cover the given events, by event id (events without articles are absent). */
export function outletNamesByEvent(db: Db, eventIds: number[]): Map<number, string[]> {
  const names = new Map<number, string[]>();
  for (const row of q(db).outletNames.all(JSON.stringify(eventIds))) {
    const list = names.get(row.event_id) ?? [];
    list.push(row.name);
    names.set(row.event_id, list);
  }
  return names;
}
