import { error } from '@sveltejs/kit';
import { parseId } from '$lib/server/parseId';

/** A page route's numeric id (parseId), or the 404 page. */
export function parseRouteId(raw: string, what: string): number {
  return parseId(raw) ?? error(404, `There is no ${what} “${raw}”.`);
}
