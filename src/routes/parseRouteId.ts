import { error } from '@sveltejs/kit';
import { parseId } from '$lib/server/parseId';

/** A page route's numeric id (parseId), or the 404 page. */
export function parseRouteId(raw: string, what: string): number {
  return parseId(raw) ?? error(404, `There is no ${what} “${raw}”.`);
}

/** What a page route names (`find` by its id), or the 404 page. */
export function routeEntity<T>(raw: string, what: string, find: (id: number) => T | undefined): T {
  const id = parseRouteId(raw, what);
  return find(id) ?? error(404, `There is no ${what} ${id}.`);
}
