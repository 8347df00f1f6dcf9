import { getDb } from '$lib/server/db';
import { listEvents } from '$lib/server/events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ events: listEvents(getDb(), { limit: 200 }) });
