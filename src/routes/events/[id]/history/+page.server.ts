import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { getEvent } from '$lib/server/events';
import { correctedAnalysis } from '$lib/server/corrections/corrections';
import { listAudit } from '$lib/server/corrections/auditLog';
import { getOutletDetails } from '$lib/server/corrections/outletEdits';
import { undoBlockers } from '$lib/server/corrections/undoAuditEntry';
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
  const blocks = undoBlockers(db, log.items);
  const analysis = correctedAnalysis(db, id);
  // Outlet-level entries (no event) change every event of the outlet: name the outlet.
  const outletNames: Record<string, string> = {};
  for (const e of log.items) {
    const [type, raw] = e.target.split(':');
    if (type === 'outlet' && !(e.target in outletNames))
      outletNames[e.target] = getOutletDetails(db, Number(raw))?.name ?? e.target;
  }
  return {
    event: { id: event.id, title: event.title },
    entries: log.items.map((e) => ({
      ...e,
      outletLevel: e.eventId === null && e.target.startsWith('outlet:'),
      supersededBy: blocks.get(e.id) ?? null
    })),
    outletNames,
    back: `/events/${id}/history${offset ? `?offset=${offset}` : ''}`,
    total: log.total,
    offset: log.offset,
    limit: log.limit,
    stale: analysis?.stale ?? []
  };
};
