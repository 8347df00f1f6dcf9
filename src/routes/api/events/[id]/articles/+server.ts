import { getDb } from '$lib/server/db';
import { addArticle, listArticles } from '$lib/server/articles';
import { afterArticlesAdded } from '$lib/server/analysis/scheduleAnalysis';
import { fetchArticle } from '$lib/server/ingest/fetchArticle';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { pageOf, parsePaging } from '$lib/server/api/paging';
import { pathId } from '$lib/server/api/requestInput';
import { readBody } from '$lib/server/api/readBody';
import { NewArticle } from '$lib/server/api/schemas/requestSchemas';
import { articleJson, requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ params, url }) => {
  const paging = parsePaging(url);
  const db = getDb();
  const event = requireEvent(db, pathId(params.id, 'event'));
  return jsonResponse(
    pageOf(
      url,
      listArticles(db, event.id, 100_000).map((a) => articleJson(a)),
      paging
    )
  );
});

/** Adds one article: its text, or a URL to fetch it from (Readability extraction, like the add page). */
export const POST: RequestHandler = apiRoute(async ({ params, request }) => {
  const db = getDb();
  const event = requireEvent(db, pathId(params.id, 'event'));
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
    const page = await fetchArticle(fields.url);
    row = addArticle(db, event.id, {
      text: page.text,
      url: page.finalUrl,
      title: fields.title ?? page.title,
      outlet: fields.outlet ?? page.siteName,
      byline: fields.byline ?? page.byline,
      published: fields.published ?? page.published,
      source: 'url'
    });
  } else {
    row = addArticle(db, event.id, { ...fields, text: fields.text ?? '', source: 'paste' });
  }
  afterArticlesAdded(event.id);
  return jsonResponse(articleJson(row, true), 201, { location: `/api/articles/${row.id}` });
});
