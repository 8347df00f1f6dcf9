// Whole-page caching for the pages many people open at once. The event page's HTML is a function of the stored
// data and its URL only (no per-person content, no clock, no CSP nonce), and rendering it (the charts' SVG, the
// serialized data and SvelteKit's ETag over both) costs tens of milliseconds: under eight readers that queued
// requests past 300 ms. Kept per URL while the database revision is unchanged (Store.revision), so an added article,
// a correction or a finished analysis shows on the next request.
import type { Handle } from '@sveltejs/kit';
import { revisionCache } from './revisionCache';

/** Routes whose page HTML depends on nothing but the database and the URL. */
export const CACHED_ROUTES: ReadonlySet<string> = new Set(['/events/[id]']);

/** How many pages are kept (each some hundreds of KB); the least recently used goes first. */
const SIZE = 16;

interface CachedPage {
  body: string;
  headers: [string, string][];
}

/**
 * A handle that answers repeated GETs of CACHED_ROUTES' pages from memory. Runs after the access checks, so only
 * requests allowed to see a page reach its cache. Only complete 200 HTML responses without cookies are kept;
 * SvelteKit still answers If-None-Match with 304 from the kept ETag.
 */
export function pageCache(size = SIZE): Handle {
  const cache = revisionCache<CachedPage>(size);
  return async ({ event, resolve }) => {
    const cacheable =
      event.request.method === 'GET' &&
      !event.isDataRequest &&
      event.route.id !== null &&
      CACHED_ROUTES.has(event.route.id);
    if (!cacheable) return resolve(event);
    const key = event.url.pathname + event.url.search;
    // Read before rendering: a write during the render leaves the page under the older revision.
    const revision = event.locals.store.revision();
    const hit = cache.get(key, revision);
    if (hit) return new Response(hit.body, { headers: hit.headers });
    const response = await resolve(event);
    const html = response.headers.get('content-type')?.startsWith('text/html') ?? false;
    if (response.status !== 200 || !html || response.headers.has('set-cookie')) return response;
    const page: CachedPage = { body: await response.text(), headers: [...response.headers] };
    cache.set(key, revision, page);
    return new Response(page.body, { headers: page.headers });
  };
}
