import { createHash } from 'node:crypto';
import type { ArticleInput, EventInput } from '../../analysis/types';
import { articleTexts } from '../store/sqlite/articles';
import type { Db } from '../store/sqlite/db';
import { getEvent } from '../store/sqlite/events';

export interface EventAnalysisInput {
  input: EventInput;
  /** sha256 over the whole engine input: equal hashes mean nothing to re-analyze. */
  inputHash: string;
  /** Article id -> content hash, to tell which articles changed since an earlier run. */
  articleHashes: Record<string, string>;
}

/** What the engine gets for an event: every article, with its id as a string and its outlet's display name. */
export function eventAnalysisInput(db: Db, eventId: number): EventAnalysisInput {
  const event = getEvent(db, eventId);
  if (!event) throw new Error(`There is no event ${eventId}.`);
  const rows = articleTexts(db, eventId);
  const articles: ArticleInput[] = rows.map((row) => ({
    id: String(row.id),
    outlet: row.outlet_name,
    ...(row.title ? { title: row.title } : {}),
    ...(row.url ? { url: row.url } : {}),
    ...(row.published_at ? { published: row.published_at } : {}),
    text: row.text
  }));
  const input: EventInput = { event: { title: event.title }, articles };
  return {
    input,
    inputHash: createHash('sha256').update(JSON.stringify(input)).digest('hex'),
    articleHashes: Object.fromEntries(rows.map((row) => [String(row.id), row.content_hash]))
  };
}
