import { getDb } from '$lib/server/db';
import { listAudit } from '$lib/server/corrections';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { page, parsePaging } from '$lib/server/api/paging';
import { pathId } from '$lib/server/api/requestInput';
import { requireEvent } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

/** The event's audit log, newest first. */
export const GET: RequestHandler = apiRoute(({ params, url }) => {
  const paging = parsePaging(url);
  const db = getDb();
  const event = requireEvent(db, pathId(params.id, 'event'));
  const { items, total } = listAudit(db, event.id, paging);
  return jsonResponse(page(url, items, total, paging));
});
