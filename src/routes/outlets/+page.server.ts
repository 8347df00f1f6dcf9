import { getDb } from '$lib/server/db';
import { listOutletDetails } from '$lib/server/corrections';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ outlets: listOutletDetails(getDb(), { limit: 2000 }).items });
