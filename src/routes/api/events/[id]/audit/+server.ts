import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { page, parsePaging } from '$lib/server/api/paging';
import { pathId } from '$lib/server/api/requestInput';
import { requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

/**
 * The event's audit log, newest first, with the edits and merges of its outlets (eventId null: they affect
 * every event of the outlet). `supersededBy`: the later entry to undo before this one can be.
 */
export const GET: RequestHandler = apiRoute(({ locals, params, url }) => {
  const paging = parsePaging(url);
  const event = requireEvent(locals.store, pathId(params.id, 'event'));
  const { items, total } = locals.store.corrections.audit(event.id, paging);
  const blocks = locals.store.corrections.undoBlockers(items);
  const annotated = items.map((e) => ({ ...e, supersededBy: blocks.get(e.id)?.entry ?? null }));
  return jsonResponse(page(url, annotated, total, paging));
});
