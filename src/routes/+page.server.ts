import { getDb } from '$lib/server/db';
import { listEvents, outletNamesByEvent } from '$lib/server/events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const db = getDb();
  const events = listEvents(db, { limit: 200 });
  const outlets = outletNamesByEvent(
    db,
    events.map((e) => e.id)
  );
  return { events: events.map((e) => ({ ...e, outletNames: outlets.get(e.id) ?? [] })) };
};
