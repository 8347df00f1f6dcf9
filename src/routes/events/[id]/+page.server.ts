import { error } from '@sveltejs/kit';
import { listArticles } from '$lib/server/articles';
import { analysisStatus } from '$lib/server/analysis/analysisStatus';
import { loadEventDashboard } from '$lib/server/analysis/loadEventDashboard';
import { scheduleAnalysis } from '$lib/server/analysis/scheduleAnalysis';
import { getDb } from '$lib/server/db';
import { getEvent } from '$lib/server/events';
import { parseRouteId } from '../../parseRouteId';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
  const id = parseRouteId(params.id, 'event');
  const db = getDb();
  const event = getEvent(db, id);
  if (!event) error(404, `There is no event ${id}.`);
  const articles = listArticles(db, id);
  // Loading only reads: events never analysed, or by an older engine, are queued at server start (hooks), and
  // results of an older engine are shown until the worker has analysed the event again.
  const status = analysisStatus(db, id);
  const dashboard = loadEventDashboard(db, id, url);
  const added = Number(url.searchParams.get('added') ?? 0);
  return {
    event,
    articles,
    outletCount: new Set(articles.map((a) => a.outlet_id)).size,
    status,
    dashboard: dashboard && { overview: dashboard.overview, charts: dashboard.charts },
    // Side by side opens on the two outlets that differ most (the page lets people pick others).
    comparePair: dashboard?.comparePair ?? null,
    notice: url.searchParams.has('created')
      ? 'Event created. Now add the articles outlets published about it.'
      : added > 0
        ? `Added ${added} article${added === 1 ? '' : 's'}.`
        : null
  };
};

export const actions: Actions = {
  /** "Analyse again": queues a run (skipped by the runner when nothing changed since the last one). */
  analyse: ({ params }) => {
    const id = parseRouteId(params.id, 'event');
    if (!getEvent(getDb(), id)) error(404, `There is no event ${id}.`);
    scheduleAnalysis(id);
    return { queued: true };
  }
};
