import { apiRoute } from '$lib/server/api/ApiError';
import { factResponse } from '$lib/server/api/factResources';
import type { RequestHandler } from './$types';

/** One fact (the name the pages use; /api/events/{id}/groups/{factId} answers the same). */
export const GET: RequestHandler = apiRoute(({ locals, params }) =>
  factResponse(locals.store, params.id, params.factId)
);
