import { apiRoute } from '$lib/server/api/ApiError';
import { factsResponse } from '$lib/server/api/factResources';
import type { RequestHandler } from './$types';

/** The event's facts under their original API name (also at /api/events/{id}/facts). */
export const GET: RequestHandler = apiRoute(({ locals, params, url }) =>
  factsResponse(locals.store, params.id, url)
);
