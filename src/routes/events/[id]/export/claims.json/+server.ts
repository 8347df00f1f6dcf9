import { getDb } from '$lib/server/db';
import { exportResponse } from '$lib/server/analysis/exportResponse';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) =>
  exportResponse(getDb(), Number(params.id), 'claims', 'json');
