// The facts of an event through the API, under both names: /api/events/{id}/facts (the name the pages use) and
// /api/events/{id}/groups (the documented original, kept). The routes only call these.
import type { Store } from '../store/Store';
import { ApiError, jsonResponse } from './ApiError';
import { pageOf, parsePaging } from './paging';
import { pathId } from './requestInput';
import { analysisInfo, eventAnalysis } from './resources';

/** A page of the event's facts, corrections applied. */
export function factsResponse(store: Store, rawEventId: string, url: URL): Response {
  const paging = parsePaging(url);
  const analysis = eventAnalysis(store, pathId(rawEventId, 'event'));
  return jsonResponse({
    ...pageOf(url, analysis?.result.facts ?? [], paging),
    analysis: analysisInfo(analysis)
  });
}

/** One fact with its claims in full and the notes left on it. */
export function factResponse(store: Store, rawEventId: string, factId: string): Response {
  const eventId = pathId(rawEventId, 'event');
  const analysis = eventAnalysis(store, eventId);
  const fact = analysis?.result.facts.find((g) => g.id === factId);
  if (!analysis || !fact) throw new ApiError(404, 'not_found', `There is no fact “${factId}”.`);
  const byId = new Map(analysis.result.articles.flatMap((a) => a.claims).map((c) => [c.id, c]));
  const claims = fact.claims.map((id) => byId.get(id)!).filter(Boolean);
  const anchors = claims.map((c) => `${c.articleId}:${c.start}-${c.end}`);
  return jsonResponse({
    ...fact,
    claims,
    notes: store.corrections.notes(eventId, anchors),
    analysis: analysisInfo(analysis)
  });
}
