import { ApiError, apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { readOptionalBody } from '$lib/server/api/readBody';
import { authorOf, pathId } from '$lib/server/api/requestInput';
import { Undo } from '$lib/server/api/schemas/requestSchemas';
import { requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

/** Undoes a correction (the newest audit entry that made it active), as a new audit entry. */
export const POST: RequestHandler = apiRoute(async ({ locals, params, request, cookies }) => {
  const event = requireEvent(locals.store, pathId(params.id, 'event'));
  const id = pathId(params.correctionId, 'correction');
  const correction = locals.store.corrections.get(id);
  if (!correction || correction.eventId !== event.id) {
    throw new ApiError(404, 'not_found', `There is no correction ${id} in event ${event.id}.`);
  }
  const body = await readOptionalBody(request, Undo);
  if (correction.undoneAt) throw new ApiError(409, 'conflict', `Correction ${id} is already undone.`);
  const latest = locals.store.corrections.auditFor(`correction:${id}`, { limit: 1 }).items[0];
  const { entry } = locals.store.corrections.undo(
    latest.id,
    authorOf(request, body, (n) => cookies.get(n)),
    body.reason
  );
  return jsonResponse({ entry });
});
