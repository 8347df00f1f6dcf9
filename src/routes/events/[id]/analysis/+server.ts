import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getEvent } from '$lib/server/events';
import { analysisStatus } from '$lib/server/analysis/analysisStatus';
import type { RequestHandler } from './$types';

/** The state of the event's analysis, polled by EventAnalysisStatus while a run is queued or running. */
export const GET: RequestHandler = ({ params }) => {
  const db = getDb();
  const id = Number(params.id);
  if (!Number.isInteger(id) || !getEvent(db, id)) error(404, 'Not found');
  return json(analysisStatus(db, id), { headers: { 'Cache-Control': 'no-store' } });
};
