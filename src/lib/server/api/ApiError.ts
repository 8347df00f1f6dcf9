import { ValidationError } from '../ValidationError';

/** An API failure with its HTTP status; serialised as {"error": {"code", "message", "field"?}}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }
  });
}

export function errorBody(code: string, message: string, field?: string) {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

/** The limit SvelteKit's request body stream fails with when a body passes BODY_SIZE_LIMIT (a SvelteKitError). */
function isBodyTooLarge(e: unknown): boolean {
  return (e as { status?: unknown })?.status === 413;
}

/**
 * ValidationErrors become 404 (not_found), 409 (conflict, duplicate) or 422; a body over BODY_SIZE_LIMIT 413
 * (too_large); anything else a logged 500.
 */
export function errorResponse(e: unknown): Response {
  if (e instanceof ApiError) return jsonResponse(errorBody(e.code, e.message, e.field), e.status);
  if (isBodyTooLarge(e)) {
    return jsonResponse(errorBody('too_large', 'The request body is larger than the server accepts.'), 413);
  }
  if (e instanceof ValidationError) {
    const status = e.code === 'not_found' ? 404 : e.code === 'conflict' || e.code === 'duplicate' ? 409 : 422;
    const code = status === 422 ? 'validation_failed' : e.code;
    return jsonResponse(errorBody(code, e.message, e.field), status);
  }
  console.error(e);
  return jsonResponse(errorBody('internal', 'Something went wrong on the server.'), 500);
}

/** Runs a handler, turning thrown errors into the API's error responses. */
export function apiRoute<E>(
  handler: (event: E) => Response | Promise<Response>
): (event: E) => Promise<Response> {
  return async (event) => {
    try {
      return await handler(event);
    } catch (e) {
      return errorResponse(e);
    }
  };
}
