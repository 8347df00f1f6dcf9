import { openApiDocument } from '$lib/server/api/openApiDocument';
import { jsonResponse } from '$lib/server/api/ApiError';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => jsonResponse(openApiDocument);
