import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { pageOf, parsePaging } from '$lib/server/api/paging';
import { readBody } from '$lib/server/api/readBody';
import { authorOf, pathId } from '$lib/server/api/requestInput';
import { NewNote } from '$lib/server/api/schemas/requestSchemas';
import { requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, params, url }) => {
  const paging = parsePaging(url);
  const event = requireEvent(locals.store, pathId(params.id, 'event'));
  return jsonResponse(pageOf(url, locals.store.corrections.notes(event.id), paging));
});

export const POST: RequestHandler = apiRoute(async ({ locals, params, request, cookies }) => {
  const event = requireEvent(locals.store, pathId(params.id, 'event'));
  const body = await readBody(request, NewNote);
  const entry = locals.store.corrections.addNote(
    event.id,
    body.claim,
    body.body,
    authorOf(request, body, (n) => cookies.get(n))
  );
  return jsonResponse({ entry }, 201);
});
