import { error } from '@sveltejs/kit';
import { parseRouteId } from '../../parseRouteId';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
  const id = parseRouteId(params.id, 'event');
  const event = locals.store.events.get(id);
  if (!event) error(404, `There is no event ${id}.`);
  const articles = locals.store.articles.list(id);
  // Loading only reads: events never analyzed, or by an older engine, are queued at server start (hooks), and
  // results of an older engine are shown until the worker has analyzed the event again.
  const status = locals.store.analysis.status(id);
  const dashboard = locals.store.analysis.dashboard(id, url);
  const added = Number(url.searchParams.get('added') ?? 0);
  return {
    event,
    // Only what the article list shows: the page stays small with many articles.
    articles: articles.map(({ id, outlet_id, outlet_name, outlet_domain, title, published_at, chars }) => ({
      id,
      outlet_id,
      outlet_name,
      outlet_domain,
      title,
      published_at,
      chars
    })),
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
  /** "Analyze again": queues a run (skipped by the runner when nothing changed since the last one). */
  analyze: ({ locals, params }) => {
    const id = parseRouteId(params.id, 'event');
    if (!locals.store.events.get(id)) error(404, `There is no event ${id}.`);
    locals.store.analysis.schedule(id);
    return { queued: true };
  }
};
