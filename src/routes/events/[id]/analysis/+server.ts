import { error, json } from '@sveltejs/kit';
import { parseId } from '$lib/server/parseId';
import type { RequestHandler } from './$types';

/** The state of the event's analysis, polled by EventAnalysisStatus while a run is queued or running. */
export const GET: RequestHandler = ({ locals, params }) => {
  const id = parseId(params.id);
  if (id === null || !locals.store.events.get(id)) error(404, 'Not found');
  return json(locals.store.analysis.status(id), { headers: { 'Cache-Control': 'no-store' } });
};
