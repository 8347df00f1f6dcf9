// Lookups shared by the API routes: each throws a 404 ApiError for unknown ids.
import type { ArticleRow } from '../store/sqlite/articles';
import type { CorrectedAnalysis } from '../corrections';
import type { EventRow } from '../store/sqlite/events';
import type { Store } from '../store/Store';
import { notFound } from './requestInput';

export function requireEvent(store: Store, id: number): EventRow {
  return store.events.get(id) ?? notFound('event', id);
}

export function requireArticle(store: Store, id: number): ArticleRow {
  const article = store.articles.get(id);
  if (!article || article.removed_at) notFound('article', id);
  return article;
}

/** What list endpoints over the analysis add: which run they come from, or null before the first one. */
export function analysisInfo(analysis: CorrectedAnalysis | null) {
  return analysis
    ? {
        runId: analysis.run.id,
        engine: analysis.run.engine,
        finishedAt: analysis.run.finishedAt,
        corrections: { applied: analysis.applied.length, stale: analysis.stale.length }
      }
    : null;
}

export function eventAnalysis(store: Store, eventId: number): CorrectedAnalysis | null {
  requireEvent(store, eventId);
  return store.analysis.corrected(eventId);
}

/** An article as the API shows it (text only when asked for). */
export function articleJson(
  a: Omit<ArticleRow, 'text'> & { text?: string; chars?: number },
  withText = false
) {
  return {
    id: a.id,
    eventId: a.event_id,
    outlet: { id: a.outlet_id, name: a.outlet_name, domain: a.outlet_domain },
    externalId: a.external_id,
    title: a.title,
    url: a.url,
    byline: a.byline,
    published: a.published_at,
    language: a.language,
    addedAt: a.added_at,
    chars: a.chars ?? a.text?.length ?? 0,
    ...(withText ? { text: a.text } : {})
  };
}

export function eventJson(e: EventRow & { articles?: number; outlets?: number }) {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
    ...(e.articles !== undefined ? { articles: e.articles, outlets: e.outlets } : {})
  };
}
