import { NAME_COOKIE } from '../auth/accessConfig';
import { parseId } from '../parseId';
import { ApiError } from './ApiError';

const MAX_BODY = 2_000_000;

/** The request's JSON object body; 400 malformed_json when it is not JSON, 422 when not an object. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ApiError(
      415,
      'unsupported_media_type',
      'Send the body as JSON (Content-Type: application/json).'
    );
  }
  const raw = await request.text();
  if (raw.length > MAX_BODY) throw new ApiError(413, 'too_large', 'The request body is too large.');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new ApiError(400, 'malformed_json', `The body is not valid JSON: ${(e as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ApiError(422, 'validation_failed', 'The body must be a JSON object.', '(root)');
  }
  return value as Record<string, unknown>;
}

/** An API route's numeric id (parseId); 404 in the API's error shape for anything else. */
export function pathId(raw: string, what: string): number {
  const id = parseId(raw);
  if (id === null) throw new ApiError(404, 'not_found', `There is no ${what} “${raw}”.`);
  return id;
}

export function notFound(what: string, id: number | string): never {
  throw new ApiError(404, 'not_found', `There is no ${what} ${id}.`);
}

/** Who makes a change through the API: body "author", the X-Parallax-Author header, or the name cookie. */
export function authorOf(
  request: Request,
  body: Record<string, unknown> | null,
  cookie?: (name: string) => string | undefined
): unknown {
  return body?.author ?? request.headers.get('x-parallax-author') ?? cookie?.(NAME_COOKIE) ?? '';
}
