import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { claimKindFilter } from '$lib/server/api/claimKindFilter';
import { pageOf, parsePaging } from '$lib/server/api/paging';
import { pathId } from '$lib/server/api/requestInput';
import { analysisInfo, requireArticle } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, params, url }) => {
  const paging = parsePaging(url);
  const keep = claimKindFilter(url);
  const article = requireArticle(locals.store, pathId(params.id, 'article'));
  const analysis = locals.store.analysis.corrected(article.event_id);
  const claims = analysis?.result.articles.find((a) => a.id === String(article.id))?.claims ?? [];
  return jsonResponse({ ...pageOf(url, claims.filter(keep), paging), analysis: analysisInfo(analysis) });
});
