import { error } from '@sveltejs/kit';
import { listArticles } from '$lib/server/articles';
import { getDb } from '$lib/server/db';
import { getEvent } from '$lib/server/events';
import { parseRouteId } from '../../parseRouteId';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
  const id = parseRouteId(params.id, 'event');
  const db = getDb();
  const event = getEvent(db, id);
  if (!event) error(404, `There is no event ${id}.`);
  const articles = listArticles(db, id);
  const added = Number(url.searchParams.get('added') ?? 0);
  return {
    event,
    articles,
    outletCount: new Set(articles.map((a) => a.outlet_id)).size,
    notice: url.searchParams.has('created')
      ? 'Event created. Now add the articles outlets published about it.'
      : added > 0
        ? `Added ${added} article${added === 1 ? '' : 's'}.`
        : null
  };
};
