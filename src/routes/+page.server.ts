import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  const events = locals.store.events.list({ limit: 200 });
  const outlets = locals.store.events.outletNames(events.map((e) => e.id));
  return { events: events.map((e) => ({ ...e, outletNames: outlets.get(e.id) ?? [] })) };
};
