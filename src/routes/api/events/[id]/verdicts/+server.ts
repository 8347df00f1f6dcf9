import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { pageOf, parsePaging } from '$lib/server/api/paging';
import { pathId } from '$lib/server/api/requestInput';
import { analysisInfo, eventAnalysis } from '$lib/server/api/resources';
import { verdictRows } from '$lib/view/verdictRows';
import type { RequestHandler } from './$types';

/** Per fact: the overall verdict and each outlet's; plus outlet x outlet agreement (not paged). */
export const GET: RequestHandler = apiRoute(({ locals, params, url }) => {
  const paging = parsePaging(url);
  const analysis = eventAnalysis(locals.store, pathId(params.id, 'event'));
  return jsonResponse({
    ...pageOf(url, verdictRows(analysis?.result), paging),
    agreement: analysis?.result.agreement ?? [],
    analysis: analysisInfo(analysis)
  });
});
