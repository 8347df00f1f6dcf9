import type { EventInput } from '../analysis/types';
import { contentHash, addArticle, type ArticleSource } from './articles';
import type { Db } from './db';
import { createEvent, findEventByTitle } from './events';
import { statements } from './statements';
import { ValidationError } from './ValidationError';

export interface ImportResult {
  eventId: number;
  created: boolean;
  added: number[];
  /** Articles already in the event (same id or same text), left as they were. */
  skipped: string[];
}

const q = statements((db) => ({
  existing: db.prepare<[number, string, string], { id: number }>(
    'SELECT id FROM articles WHERE event_id = ? AND (external_id = ? OR content_hash = ?) LIMIT 1'
  )
}));

/** Checks the `{"event": {"title"}, "articles": [...]}` shape, naming the first bad field. */
export function parseEventInput(value: unknown): EventInput {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError('The input must be a JSON object with "event" and "articles".', '(root)');
  }
  const v = value as Record<string, unknown>;
  const event = v.event as Record<string, unknown> | undefined;
  if (!event || typeof event !== 'object' || typeof event.title !== 'string' || !event.title.trim()) {
    throw new ValidationError('event.title must be a non-empty string.', 'event.title');
  }
  if (!Array.isArray(v.articles)) throw new ValidationError('articles must be an array.', 'articles');
  const ids = new Set<string>();
  const articles = v.articles.map((raw, i) => {
    const at = `articles[${i}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new ValidationError(`${at} must be an object.`, at);
    }
    const a = raw as Record<string, unknown>;
    if (typeof a.id !== 'string' && typeof a.id !== 'number') {
      throw new ValidationError(`${at}.id must be a string.`, `${at}.id`);
    }
    const id = String(a.id);
    if (ids.has(id)) throw new ValidationError(`${at}.id "${id}" appears twice.`, `${at}.id`);
    ids.add(id);
    if (typeof a.outlet !== 'string' || !a.outlet.trim()) {
      throw new ValidationError(`${at}.outlet must be a non-empty string.`, `${at}.outlet`);
    }
    if (typeof a.text !== 'string' || !a.text.trim()) {
      throw new ValidationError(`${at}.text must be a non-empty string.`, `${at}.text`);
    }
    for (const key of ['title', 'url', 'published'] as const) {
      if (a[key] !== undefined && a[key] !== null && typeof a[key] !== 'string') {
        throw new ValidationError(`${at}.${key} must be a string when given.`, `${at}.${key}`);
      }
    }
    return {
      id,
      outlet: a.outlet.trim(),
      text: a.text,
      title: (a.title as string | undefined) ?? undefined,
      url: (a.url as string | undefined) ?? undefined,
      published: (a.published as string | undefined) ?? undefined
    };
  });
  return { event: { title: event.title.trim() }, articles };
}

/**
 * Creates the event named by `input.event.title` (or extends the existing one with that title) with the given
 * articles, in one transaction: on any bad article nothing is stored.
 */
export function importEvent(
  db: Db,
  input: EventInput,
  options: { source?: ArticleSource } = {}
): ImportResult {
  return db.transaction((): ImportResult => {
    const existing = findEventByTitle(db, input.event.title);
    const event = existing ?? createEvent(db, { title: input.event.title });
    const added: number[] = [];
    const skipped: string[] = [];
    input.articles.forEach((a, i) => {
      if (q(db).existing.get(event.id, a.id, contentHash(a.text))) {
        skipped.push(a.id);
        return;
      }
      try {
        const row = addArticle(db, event.id, {
          text: a.text,
          title: a.title,
          outlet: a.outlet,
          url: a.url,
          published: a.published,
          externalId: a.id,
          source: options.source ?? 'import'
        });
        added.push(row.id);
      } catch (e) {
        if (e instanceof ValidationError) {
          throw new ValidationError(
            `articles[${i}] (${a.id}): ${e.message}`,
            `articles[${i}].${e.field ?? 'text'}`,
            e.code
          );
        }
        throw e;
      }
    });
    return { eventId: event.id, created: !existing, added, skipped };
  })();
}
