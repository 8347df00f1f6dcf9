import { apiRoute } from '$lib/server/api/ApiError';
import { factResponse } from '$lib/server/api/factResources';
import type { RequestHandler } from './$types';

/** One fact under its original API name (also at /api/events/{id}/facts/{factId}). */
export const GET: RequestHandler = apiRoute(({ locals, params }) =>
  factResponse(locals.store, params.id, params.factId)
);
