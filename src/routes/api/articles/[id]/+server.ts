import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { pathId } from '$lib/server/api/requestInput';
import { articleJson, requireArticle } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, params }) =>
  jsonResponse(articleJson(requireArticle(locals.store, pathId(params.id, 'article')), true))
);
