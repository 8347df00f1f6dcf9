import { config } from '../config';

/** Optional access control: PARALLAX_TOKEN guards every write; PARALLAX_PRIVATE=1 guards reads as well. */
export function accessToken(): string | null {
  return config.accessToken;
}

export function readsArePrivate(): boolean {
  return !!accessToken() && config.privateReads;
}

export const TOKEN_COOKIE = 'parallax_session';
export const NAME_COOKIE = 'parallax_name';
