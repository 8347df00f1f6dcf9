// Addresses the pages link to, built in one place.

/** The fact page of a fact. */
export function factHref(eventId: number, factId: string): string {
  return `/events/${eventId}/facts/${encodeURIComponent(factId)}`;
}

/** The same page with `?param=all` switched on or off (a chart's "show all" link), ending at `hash`. */
export function showAllHref(url: URL, param: string, showAll: boolean, hash = ''): string {
  const next = new URL(url);
  if (showAll) next.searchParams.delete(param);
  else next.searchParams.set(param, 'all');
  return `${next.pathname}${next.search}${hash}`;
}
