import { getDb } from '$lib/server/db';
import { correctedAnalysis } from '$lib/server/corrections';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { claimKindFilter } from '$lib/server/api/claimKindFilter';
import { pageOf, parsePaging } from '$lib/server/api/paging';
import { pathId } from '$lib/server/api/requestInput';
import { analysisInfo, requireArticle } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ params, url }) => {
  const paging = parsePaging(url);
  const keep = claimKindFilter(url);
  const db = getDb();
  const article = requireArticle(db, pathId(params.id, 'article'));
  const analysis = correctedAnalysis(db, article.event_id);
  const claims = analysis?.result.articles.find((a) => a.id === String(article.id))?.claims ?? [];
  return jsonResponse({ ...pageOf(url, claims.filter(keep), paging), analysis: analysisInfo(analysis) });
});
