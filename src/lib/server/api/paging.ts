import { ApiError } from './ApiError';

export interface Paging {
  limit: number;
  offset: number;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

function bound(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ApiError(400, 'bad_parameter', `${name} must be a whole number.`, name);
  const n = Number(raw);
  if (n < min || n > max)
    throw new ApiError(400, 'bad_parameter', `${name} must be between ${min} and ${max}.`, name);
  return n;
}

/** ?limit= (1..500, default 50) and ?offset= (>= 0); 400 bad_parameter otherwise. */
export function parsePaging(url: URL): Paging {
  return { limit: bound(url, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT), offset: bound(url, 'offset', 0, 0, 1e9) };
}

export interface PageBody<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  /** Path and query of the next page, or null on the last one. */
  next: string | null;
}

export function page<T>(url: URL, items: T[], total: number, { limit, offset }: Paging): PageBody<T> {
  let next: string | null = null;
  if (offset + limit < total) {
    const params = new URLSearchParams(url.searchParams);
    params.set('limit', String(limit));
    params.set('offset', String(offset + limit));
    next = `${url.pathname}?${params}`;
  }
  return { items, total, limit, offset, next };
}

/** Pages an in-memory list (analysis results are loaded whole). */
export function pageOf<T>(url: URL, all: T[], paging: Paging): PageBody<T> {
  return page(url, all.slice(paging.offset, paging.offset + paging.limit), all.length, paging);
}
