import { getDb } from '$lib/server/db';
import { countEvents, createEvent, getEvent, listEvents } from '$lib/server/events';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { page, parsePaging } from '$lib/server/api/paging';
import { readJsonObject } from '$lib/server/api/requestInput';
import { eventJson } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ url }) => {
  const paging = parsePaging(url);
  const db = getDb();
  return jsonResponse(page(url, listEvents(db, paging).map(eventJson), countEvents(db), paging));
});

export const POST: RequestHandler = apiRoute(async ({ request }) => {
  const body = await readJsonObject(request);
  const db = getDb();
  const event = createEvent(db, { title: body.title, description: body.description });
  return jsonResponse(eventJson(getEvent(db, event.id)!), 201, { location: `/api/events/${event.id}` });
});
