// The event page's view model, kept per event and query until the database changes. Building it parses the stored
// analysis, applies the corrections and lays out every chart; under load the page spent most of its server time
// rebuilding the same model.
import type { EventDashboard } from '../../../view/EventDashboard';
import { revisionCache } from '../../revisionCache';
import type { Db } from './db';

export type DashboardLoader = (db: Db, eventId: number, url: URL) => EventDashboard | null;

/** How many (event, query) views are kept; the least recently used goes first. */
const SIZE = 32;

export function cachedDashboards(
  db: Db,
  load: DashboardLoader,
  revision: () => string
): (eventId: number, url: URL) => EventDashboard | null {
  const cache = revisionCache<EventDashboard | null>(SIZE);
  return (eventId, url) => {
    const current = revision();
    const key = `${eventId}${url.search}`;
    const hit = cache.get(key, current);
    if (hit !== undefined) return hit;
    const value = load(db, eventId, url);
    cache.set(key, current, value);
    return value;
  };
}
