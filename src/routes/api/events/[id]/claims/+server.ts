import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { claimKindFilter } from '$lib/server/api/claimKindFilter';
import { pageOf, parsePaging } from '$lib/server/api/paging';
import { pathId } from '$lib/server/api/requestInput';
import { analysisInfo, eventAnalysis } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, params, url }) => {
  const paging = parsePaging(url);
  const keep = claimKindFilter(url);
  const analysis = eventAnalysis(locals.store, pathId(params.id, 'event'));
  const claims = analysis?.result.articles.flatMap((a) => a.claims).filter(keep) ?? [];
  return jsonResponse({ ...pageOf(url, claims, paging), analysis: analysisInfo(analysis) });
});
