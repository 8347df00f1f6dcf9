import { getDb } from '$lib/server/db';
import { apiRoute, jsonResponse } from '$lib/server/api/ApiError';
import { pathId } from '$lib/server/api/requestInput';
import { articleJson, requireArticle } from '$lib/server/api/resources';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ params }) =>
  jsonResponse(articleJson(requireArticle(getDb(), pathId(params.id, 'article')), true))
);
