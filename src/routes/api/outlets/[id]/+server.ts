import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { readBody } from '$lib/server/api/readBody';
import { authorOf, notFound, pathId } from '$lib/server/api/requestInput';
import { OutletEdit } from '$lib/server/api/schemas/requestSchemas';
import { outletJson } from '$lib/server/outletsJson';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, params }) => {
  const id = pathId(params.id, 'outlet');
  const outlet = locals.store.outlets.get(id) ?? notFound('outlet', id);
  return jsonResponse(outletJson(outlet));
});

/** Changes the fields given (name, domain, country, kind, owner; null or "" clears one), audited. */
export const PATCH: RequestHandler = apiRoute(async ({ locals, params, request, cookies }) => {
  const id = pathId(params.id, 'outlet');
  if (!locals.store.outlets.get(id)) notFound('outlet', id);
  const { author, ...fields } = await readBody(request, OutletEdit);
  const { outlet, audit } = locals.store.outlets.edit(
    id,
    fields,
    authorOf(request, { author }, (n) => cookies.get(n))
  );
  // The analysis names outlets: a new name means the event's facts are relabelled.
  if (audit?.after && 'name' in audit.after)
    locals.store.outlets.events(id).forEach((id) => locals.store.analysis.schedule(id));
  return jsonResponse({ outlet: outletJson(outlet), entry: audit });
});
