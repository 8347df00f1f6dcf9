import { createHash } from 'node:crypto';
import { articleHeadline } from '../../../analysis/articleHeadline';
import { assertReadable } from '../../assertReadable';
import { config } from '../../config';
import type { Db } from './db';
import { getEvent, touchEvent } from './events';
import { resolveOutlet } from './outlets';
import { statements } from './statements';
import { ValidationError } from '../../ValidationError';

export type ArticleSource = 'paste' | 'file' | 'url' | 'import' | 'seed';

export interface NewArticle {
  text: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  byline?: string | null;
  published?: string | null;
  language?: string | null;
  externalId?: string | null;
  source: ArticleSource;
}

export interface ArticleRow {
  id: number;
  event_id: number;
  outlet_id: number;
  outlet_name: string;
  outlet_domain: string | null;
  external_id: string | null;
  title: string;
  url: string | null;
  byline: string | null;
  published_at: string | null;
  language: string;
  text: string;
  content_hash: string;
  source_kind: ArticleSource;
  added_at: string;
  /** Set when someone removed the article (kept for undo); removed articles are left out of lists and analysis. */
  removed_at: string | null;
}

export type ArticleSummary = Omit<ArticleRow, 'text'> & { chars: number };

const SUMMARY_COLUMNS = `a.id, a.event_id, a.outlet_id, o.name AS outlet_name, o.domain AS outlet_domain, a.external_id,
  a.title, a.url, a.byline, a.published_at, a.language, a.content_hash, a.source_kind, a.added_at,
  a.removed_at, length(a.text) AS chars`;

const q = statements((db) => ({
  insert: db.prepare(`INSERT INTO articles
    (event_id, outlet_id, external_id, title, url, byline, published_at, language, text, content_hash, source_kind)
    VALUES (@event_id, @outlet_id, @external_id, @title, @url, @byline, @published_at, @language, @text,
            @content_hash, @source_kind)`),
  byHash: db.prepare<[number, string], { id: number; title: string; removed_at: string | null }>(
    'SELECT id, title, removed_at FROM articles WHERE event_id = ? AND content_hash = ?'
  ),
  // Outlets merged into another one hand new articles on to the outlet that absorbed them.
  mergedInto: db.prepare<[number], { merged_into: number | null }>(
    'SELECT merged_into FROM outlets WHERE id = ?'
  ),
  byExternalId: db.prepare<[number, string], { id: number }>(
    'SELECT id FROM articles WHERE event_id = ? AND external_id = ?'
  ),
  byId: db.prepare<[number], ArticleRow>(`SELECT a.*, o.name AS outlet_name, o.domain AS outlet_domain
    FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`),
  byEvent: db.prepare<[number, number, number], ArticleSummary>(`SELECT ${SUMMARY_COLUMNS}
    FROM articles a JOIN outlets o ON o.id = a.outlet_id
    WHERE a.event_id = ? AND a.removed_at IS NULL ORDER BY o.name, a.published_at, a.id LIMIT ? OFFSET ?`),
  countByEvent: db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM articles WHERE event_id = ? AND removed_at IS NULL'
  ),
  textsByEvent: db.prepare<
    [number, number],
    ArticleRow
  >(`SELECT a.*, o.name AS outlet_name, o.domain AS outlet_domain
    FROM articles a JOIN outlets o ON o.id = a.outlet_id
    WHERE a.event_id = ? AND a.removed_at IS NULL ORDER BY a.id LIMIT ?`)
}));

/** Normalised text used for duplicate detection: the same words with different spacing are the same article. */
export function contentHash(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normal).digest('hex');
}

/** Checks an article's text and returns it with line endings normalised; throws ValidationError on bad text. */
export function validateArticleText(text: unknown, field = 'text'): string {
  if (typeof text !== 'string') throw new ValidationError('The article text is missing.', field, 'required');
  const clean = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (!clean.trim()) throw new ValidationError('The article text is empty.', field, 'required');
  const bytes = Buffer.byteLength(clean, 'utf8');
  const limit = config.maxArticleBytes;
  if (bytes > limit) {
    throw new ValidationError(
      `The article text is too long: ${formatBytes(bytes)}, the limit is ${formatBytes(limit)}.`,
      field,
      'too_large'
    );
  }
  // Control characters other than tab/newline mean binary data pasted or decoded as text.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(clean)) {
    throw new ValidationError('The text contains binary data, not readable text.', field, 'binary');
  }
  return assertReadable(clean, field, 'The article text');
}

/** Accepts ISO dates, ISO date-times and the usual written dates; returns ISO (date or UTC date-time). */
export function normalisePublished(value: unknown, field = 'published'): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new ValidationError('The published date must be text.', field);
  const v = value.trim();
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    // Date.parse rolls 2022-02-30 over to 2 March, so check the day survives the round trip.
    const t = Date.parse(v);
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== v) {
      throw new ValidationError(`"${v}" is not a real date.`, field);
    }
    return v;
  }
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new ValidationError(`"${v}" is not a date (use e.g. 2022-09-22).`, field);
  return new Date(t).toISOString();
}

export function validateUrl(value: unknown, field = 'url'): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new ValidationError('The URL must be text.', field);
  const v = value.trim();
  if (!v) return null;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new ValidationError(`"${v}" is not a URL.`, field);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new ValidationError('Only http and https URLs are supported.', field);
  }
  return u.toString();
}

/** Optional one-line text: null when missing or blank, whitespace collapsed, at most `max` characters. */
export function optionalText(value: unknown, max: number, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ValidationError(`${field} must be text.`, field);
  const v = assertReadable(value, field).replace(/\s+/g, ' ').trim();
  if (v.length > max) throw new ValidationError(`${field} is too long (${max} characters at most).`, field);
  return v || null;
}

/**
 * Adds one article to an event. Throws ValidationError (nothing written) on bad input or when the same text
 * is already in the event. Runs in its own transaction, or joins the caller's.
 */
export function addArticle(db: Db, eventId: number, input: NewArticle): ArticleRow {
  return db
    .transaction(() => {
      if (!getEvent(db, eventId))
        throw new ValidationError(`There is no event ${eventId}.`, 'event', 'not_found');
      const text = validateArticleText(input.text);
      const url = validateUrl(input.url);
      const published = normalisePublished(input.published);
      const title = optionalText(input.title, 500, 'title') ?? headlineOf(text);
      const externalId = optionalText(input.externalId, 200, 'id');
      const hash = contentHash(text);
      const s = q(db);
      const dup = s.byHash.get(eventId, hash);
      if (dup) {
        throw new ValidationError(
          dup.removed_at
            ? `This article was removed from the event (as “${dup.title}”); restore it from its page instead.`
            : `This article is already in the event (as “${dup.title}”).`,
          input.source === 'file' ? 'files' : 'text',
          'duplicate'
        );
      }
      if (externalId && s.byExternalId.get(eventId, externalId)) {
        throw new ValidationError(
          `An article with id "${externalId}" is already in the event.`,
          'id',
          'duplicate'
        );
      }
      let outletId = resolveOutlet(db, { name: input.outlet, url }).id;
      for (let hops = 0, next = s.mergedInto.get(outletId)?.merged_into; next && hops < 20; hops++) {
        outletId = next;
        next = s.mergedInto.get(outletId)?.merged_into;
      }
      const id = Number(
        s.insert.run({
          event_id: eventId,
          outlet_id: outletId,
          external_id: externalId,
          title,
          url,
          byline: optionalText(input.byline, 300, 'byline'),
          published_at: published,
          language: optionalText(input.language, 20, 'language') ?? 'en',
          text,
          content_hash: hash,
          source_kind: input.source
        }).lastInsertRowid
      );
      touchEvent(db, eventId);
      return s.byId.get(id)!;
    })
    .immediate();
}

/**
 * Adds several articles at once, in one transaction: all of them or, if any is bad, none. `rethrow` may say
 * which input failed (the upload names the file).
 */
export function addArticles(
  db: Db,
  eventId: number,
  inputs: NewArticle[],
  rethrow: (error: unknown, index: number) => unknown = (error) => error
): ArticleRow[] {
  return db
    .transaction(() =>
      inputs.map((a, i) => {
        try {
          return addArticle(db, eventId, a);
        } catch (error) {
          throw rethrow(error, i);
        }
      })
    )
    .immediate();
}

export function getArticle(db: Db, id: number): ArticleRow | undefined {
  return q(db).byId.get(id);
}

/** The event's articles by outlet, `limit` from `offset`. */
export function listArticles(db: Db, eventId: number, limit = 1000, offset = 0): ArticleSummary[] {
  return q(db).byEvent.all(eventId, limit, offset);
}

export function countArticles(db: Db, eventId: number): number {
  return q(db).countByEvent.get(eventId)!.n;
}

/** Full texts of an event's articles, in the order they were added (for analysis). */
export function articleTexts(db: Db, eventId: number, limit = 5000): ArticleRow[] {
  return q(db).textsByEvent.all(eventId, limit);
}

/** The title of an article given none: its headline line (articleHeadline), shortened. */
function headlineOf(text: string): string {
  const line = articleHeadline(text.split('\n')) ?? '';
  return line.length > 160 ? line.slice(0, 157).trimEnd() + '…' : line;
}

/** Sizes people can compare: "1,030 kB, the limit is 1,000 kB" rather than "1.0 MB, the limit is 1.0 MB". */
function formatBytes(n: number): string {
  return `${Math.ceil(n / 1000).toLocaleString('en')} kB`;
}
