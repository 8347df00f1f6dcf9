import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
  outlets: locals.store.outlets.list({ limit: 2000 }).items
});
