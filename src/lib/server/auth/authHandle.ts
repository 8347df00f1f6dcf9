import type { Handle } from '@sveltejs/kit';
import { accessToken, readsArePrivate } from './accessConfig';
import { requestIsSignedIn } from './tokenChecks';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Paths anyone may reach: the sign-in form and the built assets. */
function isOpenPath(path: string): boolean {
  return path === '/signin' || path.startsWith('/_app/') || path === '/favicon.png' || path === '/robots.txt';
}

const BASE = 'http://parallax.invalid';

/**
 * "/events/3?x=1" when `next` is a path on this site once parsed as a browser would parse it, else "/". The URL
 * parser drops tabs and line breaks and reads backslashes as slashes, so `/\t/evil.example` is `//evil.example`,
 * another site; the answer is the parsed (percent-encoded) path, never the raw text.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  return url.pathname + url.search + url.hash;
}

/**
 * When PARALLAX_TOKEN is set, writes (and with PARALLAX_PRIVATE=1, reads) need the token: as
 * `Authorization: Bearer TOKEN` (API, CLI) or the cookie the /signin form sets (browser). API requests get a
 * JSON 401; pages and form posts are sent to /signin.
 */
export const authHandle: Handle = async ({ event, resolve }) => {
  if (!accessToken()) return resolve(event);
  const { pathname, search } = event.url;
  const needed = !READ_METHODS.has(event.request.method) || readsArePrivate();
  if (!needed || isOpenPath(pathname) || requestIsSignedIn(event.request, (n) => event.cookies.get(n))) {
    return resolve(event);
  }
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    const hasAuth = !!event.request.headers.get('authorization');
    return new Response(
      JSON.stringify({
        error: {
          code: 'unauthorized',
          message: hasAuth
            ? 'The token is not valid.'
            : 'This server needs a token: send Authorization: Bearer TOKEN.'
        }
      }),
      {
        status: 401,
        headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="parallax"' }
      }
    );
  }
  const back = READ_METHODS.has(event.request.method)
    ? pathname + search
    : safeNext(new URL(event.request.headers.get('referer') ?? '/', event.url).pathname);
  const location = `/signin?next=${encodeURIComponent(back)}`;
  // Enhanced form posts expect an action result in JSON, not an HTTP redirect.
  if (event.request.headers.get('x-sveltekit-action') === 'true') {
    return new Response(JSON.stringify({ type: 'redirect', status: 303, location }), {
      headers: { 'content-type': 'application/json' }
    });
  }
  return new Response(null, { status: 303, headers: { location } });
};
