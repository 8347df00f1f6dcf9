import { getDb } from '$lib/server/db';
import { addNote, listNotes } from '$lib/server/corrections';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { pageOf, parsePaging } from '$lib/server/api/paging';
import { readBody } from '$lib/server/api/readBody';
import { authorOf, pathId } from '$lib/server/api/requestInput';
import { NewNote } from '$lib/server/api/schemas/requestSchemas';
import { requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ params, url }) => {
  const paging = parsePaging(url);
  const db = getDb();
  const event = requireEvent(db, pathId(params.id, 'event'));
  return jsonResponse(pageOf(url, listNotes(db, event.id), paging));
});

export const POST: RequestHandler = apiRoute(async ({ params, request, cookies }) => {
  const db = getDb();
  const event = requireEvent(db, pathId(params.id, 'event'));
  const body = await readBody(request, NewNote);
  const entry = addNote(
    db,
    event.id,
    body.claim,
    body.body,
    authorOf(request, body, (n) => cookies.get(n))
  );
  return jsonResponse({ entry }, 201);
});
