import { getDb } from '$lib/server/db';
import { listOutletDetails } from '$lib/server/corrections/outletEdits';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { page, parsePaging } from '$lib/server/api/paging';
import { outletJson } from '$lib/server/outletsJson';
import type { RequestHandler } from './$types';

/** Outlets by name (merged ones left out). */
export const GET: RequestHandler = apiRoute(({ url }) => {
  const paging = parsePaging(url);
  const { items, total } = listOutletDetails(getDb(), paging);
  return jsonResponse(page(url, items.map(outletJson), total, paging));
});
