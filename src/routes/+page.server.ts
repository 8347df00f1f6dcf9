import { getDb } from '$lib/server/db';
import { listEvents, outletNamesByEvent } from '$lib/server/events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const db = getDb();
  const outlets = outletNamesByEvent(db);
  return {
    events: listEvents(db, { limit: 200 }).map((e) => ({ ...e, outletNames: outlets.get(e.id) ?? [] }))
  };
};
