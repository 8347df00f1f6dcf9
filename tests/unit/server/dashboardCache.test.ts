import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedDashboards } from '../../../src/lib/server/store/sqlite/dashboardCache';
import { databaseRevision } from '../../../src/lib/server/store/sqlite/databaseRevision';
import { openDatabase, type Db } from '../../../src/lib/server/store/sqlite/db';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';
import type { EventDashboard } from '../../../src/lib/view/EventDashboard';

// The loader is the real one's shape; it counts its calls and returns a fresh object each time, so a returned
// object tells whether the cache answered.
function counting(db: Db) {
  let calls = 0;
  const load = (_db: Db, eventId: number, url: URL) => {
    calls++;
    return {
      run: { id: calls, engine: null, finishedAt: url.search || null },
      eventId
    } as unknown as EventDashboard;
  };
  return { dashboard: cachedDashboards(db, load, databaseRevision(db)), calls: () => calls };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fileDb(): { path: string; db: Db } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cache-'));
  dirs.push(dir);
  const path = join(dir, 'test.sqlite');
  return { path, db: openDatabase(path) };
}

const page = (query = '') => new URL(`http://localhost/events/1${query}`);

describe('cachedDashboards: one view model per event and query until the database changes', () => {
  it('answers a repeated request from the cache, per event and per query', () => {
    const { db } = fileDb();
    const { dashboard, calls } = counting(db);
    const first = dashboard(1, page());
    expect(dashboard(1, page())).toBe(first);
    expect(dashboard(1, page('?rows=all'))).not.toBe(first);
    expect(dashboard(2, page())).not.toBe(first);
    expect(dashboard(1, page())).toBe(first);
    expect(calls()).toBe(3);
  });

  it('builds again after a write through the same connection', () => {
    const { db } = fileDb();
    const { dashboard, calls } = counting(db);
    const first = dashboard(1, page());
    createEvent(db, { title: 'Another event' });
    expect(dashboard(1, page())).not.toBe(first);
    expect(calls()).toBe(2);
  });

  it('builds again after another connection (the analysis worker, the CLI) commits', () => {
    const { path, db } = fileDb();
    const { dashboard, calls } = counting(db);
    const first = dashboard(1, page());
    const other = openDatabase(path);
    createEvent(other, { title: 'Written elsewhere' });
    other.close();
    expect(dashboard(1, page())).not.toBe(first);
    expect(calls()).toBe(2);
  });

  it('keeps at most 32 views, dropping the least recently used', () => {
    const { db } = fileDb();
    const { dashboard, calls } = counting(db);
    const first = dashboard(1, page('?q=0'));
    for (let i = 1; i <= 31; i++) dashboard(1, page(`?q=${i}`));
    expect(dashboard(1, page('?q=0'))).toBe(first); // used again: now the most recent
    dashboard(1, page('?q=32')); // evicts ?q=1, the least recently used
    expect(calls()).toBe(33);
    dashboard(1, page('?q=1'));
    expect(calls()).toBe(34);
    expect(dashboard(1, page('?q=0'))).toBe(first);
  });
});
