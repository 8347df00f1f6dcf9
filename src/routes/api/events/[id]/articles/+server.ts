import { articleFromUrl } from '$lib/server/ingest/articleFromUrl';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { page, parsePaging } from '$lib/server/api/paging';
import { pathId } from '$lib/server/api/requestInput';
import { readBody } from '$lib/server/api/readBody';
import { NewArticle } from '$lib/server/api/schemas/requestSchemas';
import { articleJson, requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, params, url }) => {
  const paging = parsePaging(url);
  const event = requireEvent(locals.store, pathId(params.id, 'event'));
  const items = locals.store.articles.list(event.id, paging.limit, paging.offset).map((a) => articleJson(a));
  return jsonResponse(page(url, items, locals.store.articles.count(event.id), paging));
});

/** Adds one article: its text, or a URL to fetch it from (Readability extraction, like the add page). */
export const POST: RequestHandler = apiRoute(async ({ locals, params, request }) => {
  const event = requireEvent(locals.store, pathId(params.id, 'event'));
  const body = await readBody(request, NewArticle);
  const fields = {
    text: body.text ?? null,
    url: body.url ?? null,
    title: body.title ?? null,
    outlet: body.outlet ?? null,
    byline: body.byline ?? null,
    published: body.published ?? null
  };
  let row;
  if (fields.text === null && fields.url) {
    row = locals.store.articles.add(event.id, await articleFromUrl(fields.url, fields));
  } else {
    row = locals.store.articles.add(event.id, { ...fields, text: fields.text ?? '', source: 'paste' });
  }
  locals.store.analysis.schedule(event.id);
  return jsonResponse(articleJson(row, true), 201, { location: `/api/articles/${row.id}` });
});
