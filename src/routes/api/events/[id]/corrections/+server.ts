import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { correctionJson } from '$lib/server/api/correctionJson';
import { page, parsePaging } from '$lib/server/api/paging';
import { readBody } from '$lib/server/api/readBody';
import { authorOf, pathId } from '$lib/server/api/requestInput';
import { NewCorrection } from '$lib/server/api/schemas/requestSchemas';
import { requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, params, url }) => {
  const paging = parsePaging(url);
  const event = requireEvent(locals.store, pathId(params.id, 'event'));
  const analysis = locals.store.analysis.corrected(event.id);
  const { items, total } = locals.store.corrections.list(event.id, paging);
  return jsonResponse(
    page(
      url,
      items.map((c) => correctionJson(c, analysis)),
      total,
      paging
    )
  );
});

export const POST: RequestHandler = apiRoute(async ({ locals, params, request, cookies }) => {
  const event = requireEvent(locals.store, pathId(params.id, 'event'));
  const body = await readBody(request, NewCorrection);
  const { correction, audit } = locals.store.corrections.add(
    event.id,
    body,
    authorOf(request, body, (n) => cookies.get(n))
  );
  return jsonResponse(
    { correction: correctionJson(correction, locals.store.analysis.corrected(event.id)), audit },
    201,
    { location: `/api/events/${event.id}/corrections` }
  );
});
