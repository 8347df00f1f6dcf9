import { getDb } from '$lib/server/db';
import { editOutlet, eventsOfOutlet, getOutletDetails } from '$lib/server/corrections/outletEdits';
import { scheduleAnalysis } from '$lib/server/analysis/scheduleAnalysis';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { readBody } from '$lib/server/api/readBody';
import { authorOf, notFound, pathId } from '$lib/server/api/requestInput';
import { OutletEdit } from '$lib/server/api/schemas/requestSchemas';
import { outletJson } from '$lib/server/outletsJson';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ params }) => {
  const id = pathId(params.id, 'outlet');
  const outlet = getOutletDetails(getDb(), id) ?? notFound('outlet', id);
  return jsonResponse(outletJson(outlet));
});

/** Changes the fields given (name, domain, country, kind, owner; null or "" clears one), audited. */
export const PATCH: RequestHandler = apiRoute(async ({ params, request, cookies }) => {
  const db = getDb();
  const id = pathId(params.id, 'outlet');
  if (!getOutletDetails(db, id)) notFound('outlet', id);
  const { author, ...fields } = await readBody(request, OutletEdit);
  const { outlet, audit } = editOutlet(
    db,
    id,
    fields,
    authorOf(request, { author }, (n) => cookies.get(n))
  );
  // The analysis names outlets: a new name means the event's facts are relabelled.
  if (audit?.after && 'name' in audit.after) eventsOfOutlet(db, id).forEach(scheduleAnalysis);
  return jsonResponse({ outlet: outletJson(outlet), entry: audit });
});
