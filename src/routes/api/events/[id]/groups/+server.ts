import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { pageOf, parsePaging } from '$lib/server/api/paging';
import { pathId } from '$lib/server/api/requestInput';
import { analysisInfo, eventAnalysis } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, params, url }) => {
  const paging = parsePaging(url);
  const analysis = eventAnalysis(locals.store, pathId(params.id, 'event'));
  return jsonResponse({
    ...pageOf(url, analysis?.result.groups ?? [], paging),
    analysis: analysisInfo(analysis)
  });
});
