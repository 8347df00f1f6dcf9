import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { readOptionalBody } from '$lib/server/api/readBody';
import { authorOf, notFound, pathId } from '$lib/server/api/requestInput';
import { Undo } from '$lib/server/api/schemas/requestSchemas';
import type { RequestHandler } from './$types';

/** Undoes any single audit entry (a new entry reverses it; undoing an undo redoes). */
export const POST: RequestHandler = apiRoute(async ({ locals, params, request, cookies }) => {
  const id = pathId(params.entryId, 'audit entry');
  if (!locals.store.corrections.auditEntry(id)) notFound('audit entry', id);
  const body = await readOptionalBody(request, Undo);
  const { entry, reanalyze } = locals.store.corrections.undo(
    id,
    authorOf(request, body, (n) => cookies.get(n)),
    body.reason
  );
  reanalyze.forEach((id) => locals.store.analysis.schedule(id));
  return jsonResponse({ entry }, 201);
});
