import { getDb } from '$lib/server/db';
import { editOutlet, eventsOfOutlet, getOutletDetails } from '$lib/server/corrections/outletEdits';
import { scheduleAnalysis } from '$lib/server/analysis/scheduleAnalysis';
import { ApiError, apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { authorOf, notFound, pathId, readJsonObject } from '$lib/server/api/requestInput';
import { outletJson } from '$lib/server/outletsJson';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ params }) => {
  const id = pathId(params.id, 'outlet');
  const outlet = getOutletDetails(getDb(), id) ?? notFound('outlet', id);
  return jsonResponse(outletJson(outlet));
});

const FIELDS = ['name', 'domain', 'country', 'kind', 'owner', 'reason'];

/** Changes the fields given (name, domain, country, kind, owner; null or "" clears one), audited. */
export const PATCH: RequestHandler = apiRoute(async ({ params, request, cookies }) => {
  const db = getDb();
  const id = pathId(params.id, 'outlet');
  if (!getOutletDetails(db, id)) notFound('outlet', id);
  const body = await readJsonObject(request);
  const unknown = Object.keys(body).find((k) => !FIELDS.includes(k) && k !== 'author');
  if (unknown) {
    throw new ApiError(
      422,
      'validation_failed',
      `Unknown field "${unknown}" (outlets have ${FIELDS.join(', ')}).`,
      unknown
    );
  }
  const fields = Object.fromEntries(FIELDS.filter((k) => k in body).map((k) => [k, body[k]]));
  const { outlet, audit } = editOutlet(
    db,
    id,
    fields,
    authorOf(request, body, (n) => cookies.get(n))
  );
  // The analysis names outlets: a new name means the event's facts are relabelled.
  if (audit?.after && 'name' in audit.after) eventsOfOutlet(db, id).forEach(scheduleAnalysis);
  return jsonResponse({ outlet: outletJson(outlet), entry: audit });
});
