import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { pathId } from '$lib/server/api/requestInput';
import { eventJson, requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, params }) => {
  const event = requireEvent(locals.store, pathId(params.id, 'event'));
  const articles = locals.store.articles.list(event.id);
  return jsonResponse({
    ...eventJson(event),
    articles: articles.length,
    outlets: new Set(articles.map((a) => a.outlet_id)).size,
    analysis: locals.store.analysis.status(event.id)
  });
});
