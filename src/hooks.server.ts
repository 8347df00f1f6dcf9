import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { runAnalysis } from '$lib/server/analysis/runAnalysis';
import { authHandle } from '$lib/server/auth/authHandle';
import { config } from '$lib/server/config';
import { getDb } from '$lib/server/db';
import { seedDemo } from '$lib/server/seedDemo';

/**
 * Opens (and migrates) the database before the first request; seeds the demo events into an empty one and
 * analyses them, so the first page a person sees already shows the comparison.
 */
export const init: ServerInit = async () => {
  const db = getDb();
  for (const eventId of config.seedDemo ? seedDemo(db) : []) runAnalysis(db, eventId);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'same-origin');
  return response;
};

/** Security headers on every response (the sign-in redirects and 401s too), then the optional token check. */
export const handle = sequence(securityHeaders, authHandle);

export const handleError: HandleServerError = ({ error, status }) => {
  if (status !== 404) console.error(error);
  return { message: status === 404 ? 'Not found' : 'Something went wrong on the server.' };
};
