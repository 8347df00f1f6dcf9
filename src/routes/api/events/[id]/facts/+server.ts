import { apiRoute } from '$lib/server/api/ApiError';
import { factsResponse } from '$lib/server/api/factResources';
import type { RequestHandler } from './$types';

/** The event's facts (the name the pages use; /api/events/{id}/facts answers the same). */
export const GET: RequestHandler = apiRoute(({ locals, params, url }) =>
  factsResponse(locals.store, params.id, url)
);
