import type { EventInput } from '../../../analysis/types';
import { contentHash, addArticle, type ArticleSource } from './articles';
import type { Db } from './db';
import { createEvent, findEventByTitle } from './events';
import { statements } from './statements';
import { ValidationError } from '../../ValidationError';

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

/**
 * Creates the event named by `input.event.title` (or extends the existing one with that title) with the given
 * articles, in one transaction: on any bad article nothing is stored.
 */
export function importEvent(
  db: Db,
  input: EventInput,
  options: { source?: ArticleSource } = {}
): ImportResult {
  return db
    .transaction((): ImportResult => {
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
    })
    .immediate();
}
