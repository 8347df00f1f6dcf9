import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { page, parsePaging } from '$lib/server/api/paging';
import { outletJson } from '$lib/server/outletsJson';
import type { RequestHandler } from './$types';

/** Outlets by name (merged ones left out). */
export const GET: RequestHandler = apiRoute(({ locals, url }) => {
  const paging = parsePaging(url);
  const { items, total } = locals.store.outlets.list(paging);
  return jsonResponse(page(url, items.map(outletJson), total, paging));
});
