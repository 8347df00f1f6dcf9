import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { page, parsePaging } from '$lib/server/api/paging';
import { readBody } from '$lib/server/api/readBody';
import { NewEvent } from '$lib/server/api/schemas/requestSchemas';
import { eventJson } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, url }) => {
  const paging = parsePaging(url);
  return jsonResponse(
    page(url, locals.store.events.list(paging).map(eventJson), locals.store.events.count(), paging)
  );
});

export const POST: RequestHandler = apiRoute(async ({ locals, request }) => {
  const body = await readBody(request, NewEvent);
  const event = locals.store.events.create({ title: body.title, description: body.description });
  return jsonResponse(eventJson(locals.store.events.get(event.id)!), 201, {
    location: `/api/events/${event.id}`
  });
});
