import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getEvent } from '$lib/server/events';
import { analysisStatus } from '$lib/server/analysis/analysisStatus';
import { loadEventOverview } from '$lib/server/analysis/loadEventOverview';
import { scheduleAnalysis } from '$lib/server/analysis/scheduleAnalysis';
import type { Actions, PageServerLoad } from './$types';

function eventId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || !getEvent(getDb(), id)) error(404, 'Not found');
  return id;
}

/**
 * The event overview on its own page (the same components the event page mounts). An event with articles
 * that was never analysed is queued for analysis on first view: the analysis is derived data, and the
 * page then shows its progress.
 */
export const load: PageServerLoad = ({ params, url }) => {
  const id = eventId(params.id);
  const db = getDb();
  let status = analysisStatus(db, id);
  if (status.state === 'none' && status.articlesTotal > 0) {
    scheduleAnalysis(id);
    status = analysisStatus(db, id);
  }
  const loaded = loadEventOverview(db, id, url);
  return { event: getEvent(db, id)!, status, overview: loaded?.overview ?? null };
};

export const actions: Actions = {
  /** "Analyse again": queues a run (skipped by the runner when nothing changed since the last one). */
  analyse: ({ params }) => {
    scheduleAnalysis(eventId(params.id));
    return { queued: true };
  }
};
