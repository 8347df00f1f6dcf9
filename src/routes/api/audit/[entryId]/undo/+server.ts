import { getDb } from '$lib/server/db';
import { getAuditEntry, undoAuditEntry } from '$lib/server/corrections';
import { scheduleAnalysis } from '$lib/server/analysis/scheduleAnalysis';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { readOptionalBody } from '$lib/server/api/readBody';
import { authorOf, notFound, pathId } from '$lib/server/api/requestInput';
import { Undo } from '$lib/server/api/schemas/requestSchemas';
import type { RequestHandler } from './$types';

/** Undoes any single audit entry (a new entry reverses it; undoing an undo redoes). */
export const POST: RequestHandler = apiRoute(async ({ params, request, cookies }) => {
  const db = getDb();
  const id = pathId(params.entryId, 'audit entry');
  if (!getAuditEntry(db, id)) notFound('audit entry', id);
  const body = await readOptionalBody(request, Undo);
  const { entry, reanalyse } = undoAuditEntry(
    db,
    id,
    authorOf(request, body, (n) => cookies.get(n)),
    body.reason
  );
  reanalyse.forEach(scheduleAnalysis);
  return jsonResponse({ entry }, 201);
});
