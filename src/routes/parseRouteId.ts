import { error } from '@sveltejs/kit';

/** A route's numeric id, or a 404 for anything that is not a positive whole number. */
export function parseRouteId(raw: string, what: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) error(404, `There is no ${what} “${raw}”.`);
  return id;
}
