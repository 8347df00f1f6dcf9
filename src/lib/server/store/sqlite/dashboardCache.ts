// The event page's view model, kept per event and query until the database changes. Building it parses the stored
// analysis, applies the corrections and lays out every chart; under load the page spent most of its server time
// rebuilding the same model. The cache is valid while no connection has written anything: SQLite's data_version
// moves when another connection (the analysis worker, the CLI) commits, total_changes() when this one writes.
import type { EventDashboard } from '../../../view/EventDashboard';
import type { Db } from './db';

export type DashboardLoader = (db: Db, eventId: number, url: URL) => EventDashboard | null;

/** How many (event, query) views are kept; the least recently used goes first. */
const SIZE = 32;

export function cachedDashboards(
  db: Db,
  load: DashboardLoader
): (eventId: number, url: URL) => EventDashboard | null {
  const stamp = db.prepare<[], { version: number; changes: number }>(
    'SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes'
  );
  const cache = new Map<string, { stamp: string; value: EventDashboard | null }>();
  return (eventId, url) => {
    const now = stamp.get()!;
    const current = `${now.version}:${now.changes}`;
    const key = `${eventId}${url.search}`;
    const hit = cache.get(key);
    cache.delete(key);
    if (hit && hit.stamp === current) {
      cache.set(key, hit);
      return hit.value;
    }
    const value = load(db, eventId, url);
    cache.set(key, { stamp: current, value });
    if (cache.size > SIZE) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
