import { getDb } from '$lib/server/db';
import { countEvents, createEvent, getEvent, listEvents } from '$lib/server/events';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { page, parsePaging } from '$lib/server/api/paging';
import { readBody } from '$lib/server/api/readBody';
import { NewEvent } from '$lib/server/api/schemas/requestSchemas';
import { eventJson } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ url }) => {
  const paging = parsePaging(url);
  const db = getDb();
  return jsonResponse(page(url, listEvents(db, paging).map(eventJson), countEvents(db), paging));
});

export const POST: RequestHandler = apiRoute(async ({ request }) => {
  const body = await readBody(request, NewEvent);
  const db = getDb();
  const event = createEvent(db, { title: body.title, description: body.description });
  return jsonResponse(eventJson(getEvent(db, event.id)!), 201, { location: `/api/events/${event.id}` });
});
