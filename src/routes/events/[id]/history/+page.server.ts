import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getEvent } from '$lib/server/events';
import { correctedAnalysis, listAudit } from '$lib/server/corrections';
import { parseRouteId } from '../../../parseRouteId';
import type { PageServerLoad } from './$types';

const PAGE = 50;

export const load: PageServerLoad = ({ params, url }) => {
  const id = parseRouteId(params.id, 'event');
  const db = getDb();
  const event = getEvent(db, id);
  if (!event) error(404, `There is no event ${id}.`);
  const offset = Math.max(0, Math.trunc(Number(url.searchParams.get('offset')) || 0));
  const log = listAudit(db, id, { limit: PAGE, offset });
  const analysis = correctedAnalysis(db, id);
  return {
    event: { id: event.id, title: event.title },
    entries: log.items,
    total: log.total,
    offset: log.offset,
    limit: log.limit,
    stale: analysis?.stale ?? []
  };
};
