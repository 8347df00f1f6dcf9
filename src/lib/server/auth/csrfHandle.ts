import type { Handle } from '@sveltejs/kit';
import { errorBody, jsonResponse } from '../api/ApiError';

/** Body types a browser form (or SvelteKit's own form encoding) can send across sites without a CORS check. */
const FORM_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
  'application/x-sveltekit-formdata'
];
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * SvelteKit's cross-site form check (turned off in svelte.config.js so this one can answer in the API's error
 * shape): a write with a form body type whose Origin is not this site is refused with 403, as JSON under /api/.
 */
export const csrfHandle: Handle = ({ event, resolve }) => {
  const { request, url } = event;
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (
    WRITES.has(request.method) &&
    FORM_TYPES.includes(type) &&
    request.headers.get('origin') !== url.origin
  ) {
    const message = `Cross-site ${request.method} form submissions are forbidden`;
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      return jsonResponse(
        errorBody('forbidden', `${message}: send the API JSON (Content-Type: application/json).`),
        403
      );
    }
    if (request.headers.get('accept') === 'application/json') return jsonResponse({ message }, 403);
    return new Response(message, { status: 403, headers: { 'content-type': 'text/plain;charset=UTF-8' } });
  }
  return resolve(event);
};
