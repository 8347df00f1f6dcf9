import { ApiError, apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { pathId } from '$lib/server/api/requestInput';
import { analysisInfo, eventAnalysis } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

/** One fact with its claims in full and the notes left on it. */
export const GET: RequestHandler = apiRoute(({ locals, params }) => {
  const eventId = pathId(params.id, 'event');
  const analysis = eventAnalysis(locals.store, eventId);
  const group = analysis?.result.groups.find((g) => g.id === params.groupId);
  if (!analysis || !group) throw new ApiError(404, 'not_found', `There is no fact “${params.groupId}”.`);
  const byId = new Map(analysis.result.articles.flatMap((a) => a.claims).map((c) => [c.id, c]));
  const claims = group.claims.map((id) => byId.get(id)!).filter(Boolean);
  const anchors = claims.map((c) => `${c.articleId}:${c.start}-${c.end}`);
  return jsonResponse({
    ...group,
    claims,
    notes: locals.store.corrections.notes(eventId, anchors),
    analysis: analysisInfo(analysis)
  });
});
