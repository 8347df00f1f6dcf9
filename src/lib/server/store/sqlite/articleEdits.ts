import { normalisePublished, optionalText, validateUrl } from './articles';
import type { Db } from './db';
import { touchEvent } from './events';
import { resolveOutlet } from './outlets';
import { statements } from './statements';
import { ValidationError } from '../../ValidationError';
import { appendAudit, type AuditEntry } from './auditLog';
import { validateAuthor, validateReason } from '../../corrections/validateAuthor';

/** The article fields people can change (and undo). */
export interface ArticleState {
  title?: string;
  url?: string | null;
  byline?: string | null;
  published_at?: string | null;
  outlet_id?: number;
  removed_at?: string | null;
}

interface ArticleFields {
  id: number;
  event_id: number;
  title: string;
  url: string | null;
  byline: string | null;
  published_at: string | null;
  outlet_id: number;
  removed_at: string | null;
}

const FIELDS = ['title', 'url', 'byline', 'published_at', 'outlet_id', 'removed_at'] as const;

const q = statements((db) => ({
  byId: db.prepare<[number], ArticleFields>(
    'SELECT id, event_id, title, url, byline, published_at, outlet_id, removed_at FROM articles WHERE id = ?'
  ),
  update: db.prepare(`UPDATE articles SET title = @title, url = @url, byline = @byline,
    published_at = @published_at, outlet_id = @outlet_id, removed_at = @removed_at WHERE id = @id`),
  now: db.prepare<[], { now: string }>("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now")
}));

function requireArticle(db: Db, id: number): ArticleFields {
  const article = q(db).byId.get(id);
  if (!article) throw new ValidationError(`There is no article ${id}.`, 'article', 'not_found');
  return article;
}

/** Writes `state` over the article and logs the change (nothing logged when nothing changed). */
export function setArticleState(
  db: Db,
  article: ArticleFields,
  state: ArticleState,
  action: 'article.edit' | 'article.remove' | 'article.restore',
  author: string,
  reason: string,
  undoes: number | null = null
): AuditEntry | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const next = { ...article };
  for (const key of FIELDS) {
    if (!(key in state) || state[key] === article[key]) continue;
    before[key] = article[key];
    after[key] = state[key];
    (next as Record<string, unknown>)[key] = state[key];
  }
  if (!Object.keys(after).length && undoes === null) return null;
  q(db).update.run(next);
  touchEvent(db, article.event_id);
  return appendAudit(db, {
    eventId: article.event_id,
    author,
    action,
    target: `article:${article.id}`,
    before,
    after,
    reason,
    undoes
  });
}

/** Edits title, URL, byline, published date and outlet (by name or domain); fields not given stay. */
export function editArticle(
  db: Db,
  id: number,
  input: Record<string, unknown>,
  author: unknown
): AuditEntry | null {
  return db
    .transaction(() => {
      const who = validateAuthor(author);
      const reason = validateReason(input.reason);
      const article = requireArticle(db, id);
      if (article.removed_at)
        throw new ValidationError('The article was removed; restore it first.', 'article');
      const state: ArticleState = {};
      if (input.title !== undefined) {
        const title = optionalText(input.title, 500, 'title');
        if (!title) throw new ValidationError('Give the article a title.', 'title', 'required');
        state.title = title;
      }
      if (input.url !== undefined) state.url = validateUrl(input.url);
      if (input.byline !== undefined) state.byline = optionalText(input.byline, 300, 'byline');
      if (input.published !== undefined) state.published_at = normalisePublished(input.published);
      if (input.outlet !== undefined) {
        const name = optionalText(input.outlet, 200, 'outlet');
        if (!name) throw new ValidationError('Give the outlet’s name or domain.', 'outlet', 'required');
        state.outlet_id = resolveOutlet(db, { name }).id;
      }
      return setArticleState(db, article, state, 'article.edit', who, reason);
    })
    .immediate();
}

/** Removes an article from its event (kept stored; undo restores it). */
export function removeArticle(db: Db, id: number, author: unknown, reason?: unknown): AuditEntry {
  return db
    .transaction(() => {
      const who = validateAuthor(author);
      const why = validateReason(reason);
      const article = requireArticle(db, id);
      if (article.removed_at)
        throw new ValidationError('The article was already removed.', 'article', 'conflict');
      return setArticleState(db, article, { removed_at: q(db).now.get()!.now }, 'article.remove', who, why)!;
    })
    .immediate();
}

export function restoreArticleState(
  db: Db,
  id: number,
  state: ArticleState,
  author: string,
  reason: string,
  undoes: number
): AuditEntry {
  const article = requireArticle(db, id);
  const action =
    'removed_at' in state ? (state.removed_at ? 'article.remove' : 'article.restore') : 'article.edit';
  return setArticleState(db, article, state, action, author, reason, undoes)!;
}

export function eventOfArticle(db: Db, id: number): number | undefined {
  return q(db).byId.get(id)?.event_id;
}
