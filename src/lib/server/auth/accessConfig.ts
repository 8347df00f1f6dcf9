/** Optional access control: PARALLAX_TOKEN guards every write; PARALLAX_PRIVATE=1 guards reads as well. */
export function accessToken(): string | null {
  return process.env.PARALLAX_TOKEN || null;
}

export function readsArePrivate(): boolean {
  return !!accessToken() && process.env.PARALLAX_PRIVATE === '1';
}

export const TOKEN_COOKIE = 'parallax_session';
export const NAME_COOKIE = 'parallax_name';
