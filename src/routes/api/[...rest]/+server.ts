import { errorBody, jsonResponse } from '$lib/server/api/ApiError';
import type { RequestHandler } from './$types';

/** Unknown API paths answer in the API's error shape, not with the HTML error page. */
const notFound: RequestHandler = ({ url }) =>
  jsonResponse(errorBody('not_found', `There is no API route ${url.pathname} (see /api/openapi.json).`), 404);

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
