import { createHash, timingSafeEqual } from 'node:crypto';
import { accessToken, TOKEN_COOKIE } from './accessConfig';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time comparison with the configured token (false when none is configured). */
export function tokenMatches(given: string | null | undefined): boolean {
  const token = accessToken();
  if (!token || !given) return false;
  return timingSafeEqual(digest(given), digest(token));
}

/** What the sign-in cookie holds: a digest of the token, so the token itself never sits in a cookie. */
export function sessionValue(): string {
  return digest(`parallax-session:${accessToken() ?? ''}`).toString('hex');
}

function sessionMatches(value: string | undefined): boolean {
  if (!value || !accessToken()) return false;
  const expected = Buffer.from(sessionValue());
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** True when the request carries the token (bearer header) or the sign-in cookie. */
export function requestIsSignedIn(request: Request, cookie: (name: string) => string | undefined): boolean {
  const header = request.headers.get('authorization');
  const bearer = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer) return tokenMatches(bearer);
  return sessionMatches(cookie(TOKEN_COOKIE));
}
