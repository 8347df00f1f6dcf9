import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { ENGINE } from '$lib/analysis/analyzeClaims';
import { enqueueStaleEvents } from '$lib/server/store/sqlite/analysisJobs';
import { analysisQueue } from '$lib/server/analysis/scheduleAnalysis';
import { authHandle } from '$lib/server/auth/authHandle';
import { csrfHandle } from '$lib/server/auth/csrfHandle';
import { config } from '$lib/server/config';
import { pageCache } from '$lib/server/pageCache';
import { getDb } from '$lib/server/store/sqlite/db';
import { seedDemo } from '$lib/server/store/sqlite/seedDemo';
import { appStore } from '$lib/server/store/appStore';

/**
 * Opens (and migrates) the database before the first request and starts the analysis worker, which resumes the
 * jobs a stopped server left. Seeds the demo events into an empty database; queues events that have no result of
 * the current engine (never analyzed, or by an older engine version); and waits for the demo's analysis, so the
 * first page a person sees already shows the comparison.
 */
export const init: ServerInit = async () => {
  const db = getDb();
  const queue = analysisQueue();
  const seeded = config.seedDemo ? seedDemo(db) : [];
  enqueueStaleEvents(db, ENGINE).forEach((id) => queue.schedule(id));
  if (seeded.length > 0) await queue.idle();
};

/** Every request reaches the store through `event.locals.store`. */
const store: Handle = ({ event, resolve }) => {
  event.locals.store = appStore();
  return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'same-origin');
  return response;
};

/** The store, security headers on every response (the cross-site refusals too), the cross-site form check (the
 * sign-in redirects and 401s too), the optional token check, then the page cache (only for requests let through). */
export const handle = sequence(store, securityHeaders, csrfHandle, authHandle, pageCache());

export const handleError: HandleServerError = ({ error, status }) => {
  if (status !== 404) console.error(error);
  return { message: status === 404 ? 'Not found' : 'Something went wrong on the server.' };
};
