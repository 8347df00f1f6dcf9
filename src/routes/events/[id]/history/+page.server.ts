import { error } from '@sveltejs/kit';
import type { Correction } from '$lib/analysis/corrections';
import { claimsByRef, describeCorrection } from '$lib/view/describeCorrection';
import { parseRouteId } from '../../../parseRouteId';
import type { PageServerLoad } from './$types';

const PAGE = 50;

export const load: PageServerLoad = ({ locals, params, url }) => {
  const id = parseRouteId(params.id, 'event');
  const event = locals.store.events.get(id);
  if (!event) error(404, `There is no event ${id}.`);
  const offset = Math.max(0, Math.trunc(Number(url.searchParams.get('offset')) || 0));
  const log = locals.store.corrections.audit(id, { limit: PAGE, offset });
  const blocks = locals.store.corrections.undoBlockers(log.items);
  const analysis = locals.store.analysis.corrected(id);
  // Outlet-level entries (no event) change every event of the outlet: name the outlet.
  const outletNames: Record<string, string> = {};
  for (const e of log.items) {
    const [type, raw] = e.target.split(':');
    if (type === 'outlet' && !(e.target in outletNames))
      outletNames[e.target] = locals.store.outlets.get(Number(raw))?.name ?? e.target;
  }
  const claims = claimsByRef(analysis?.result ?? null);
  return {
    event: { id: event.id, title: event.title },
    entries: log.items.map((e) => ({
      ...e,
      // A correction in words, its claims quoted from the current analysis with a link to their fact.
      words:
        e.target.startsWith('correction:') && e.after && 'kind' in e.after
          ? describeCorrection(e.after as unknown as Correction, claims, id)
          : null,
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
