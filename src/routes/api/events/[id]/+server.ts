import { getDb } from '$lib/server/db';
import { listArticles } from '$lib/server/articles';
import { analysisStatus } from '$lib/server/analysis/analysisStatus';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { pathId } from '$lib/server/api/requestInput';
import { eventJson, requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ params }) => {
  const db = getDb();
  const event = requireEvent(db, pathId(params.id, 'event'));
  const articles = listArticles(db, event.id);
  return jsonResponse({
    ...eventJson(event),
    articles: articles.length,
    outlets: new Set(articles.map((a) => a.outlet_id)).size,
    analysis: analysisStatus(db, event.id)
  });
});
