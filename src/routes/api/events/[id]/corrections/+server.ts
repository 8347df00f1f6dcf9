import { getDb } from '$lib/server/db';
import { addCorrection, correctedAnalysis, listCorrections } from '$lib/server/corrections';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { correctionJson } from '$lib/server/api/correctionJson';
import { page, parsePaging } from '$lib/server/api/paging';
import { readBody } from '$lib/server/api/readBody';
import { authorOf, pathId } from '$lib/server/api/requestInput';
import { NewCorrection } from '$lib/server/api/schemas/requestSchemas';
import { requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ params, url }) => {
  const paging = parsePaging(url);
  const db = getDb();
  const event = requireEvent(db, pathId(params.id, 'event'));
  const analysis = correctedAnalysis(db, event.id);
  const { items, total } = listCorrections(db, event.id, paging);
  return jsonResponse(
    page(
      url,
      items.map((c) => correctionJson(c, analysis)),
      total,
      paging
    )
  );
});

export const POST: RequestHandler = apiRoute(async ({ params, request, cookies }) => {
  const db = getDb();
  const event = requireEvent(db, pathId(params.id, 'event'));
  const body = await readBody(request, NewCorrection);
  const { correction, audit } = addCorrection(
    db,
    event.id,
    body,
    authorOf(request, body, (n) => cookies.get(n))
  );
  return jsonResponse(
    { correction: correctionJson(correction, correctedAnalysis(db, event.id)), audit },
    201,
    { location: `/api/events/${event.id}/corrections` }
  );
});
