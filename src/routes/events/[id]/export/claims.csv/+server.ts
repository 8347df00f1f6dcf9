import { exportResponse } from '$lib/server/analysis/exportResponse';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params }) =>
  exportResponse(locals.store, params.id, 'claims', 'csv');
