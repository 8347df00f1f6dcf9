import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/server/store/sqlite/db';
import { listEvents } from '../../../src/lib/server/store/sqlite/events';
import { DEMO_EVENT_TITLE, seedDemo } from '../../../src/lib/server/store/sqlite/seedDemo';

describe('seedDemo', () => {
  it('seeds the RT article and the fictional four-outlet flood into an empty database, once', () => {
    const db = openDatabase(':memory:');
    const ids = seedDemo(db);
    expect(ids).toHaveLength(2);
    const events = listEvents(db);
    const rt = events.find((e) => e.title === DEMO_EVENT_TITLE)!;
    expect(rt).toMatchObject({ articles: 1, outlets: 1 });
    const flood = events.find((e) => e.id === ids[1])!;
    expect(flood.title).toMatch(/fictional/);
    expect(flood.description).toMatch(/made-up event with invented outlets/);
    expect(flood).toMatchObject({ articles: 4, outlets: 4 });
    expect(seedDemo(db)).toEqual([]);
    expect(listEvents(db)).toHaveLength(2);
  });

  it('gives the fictional outlets their kinds, and two of them one owner', () => {
    const db = openDatabase(':memory:');
    seedDemo(db);
    const outlets = db
      .prepare('SELECT name, kind, owner FROM outlets WHERE domain IS NULL ORDER BY name')
      .all() as { name: string; kind: string; owner: string | null }[];
    expect(outlets).toEqual([
      { name: 'Continental Press', kind: 'wire service', owner: null },
      { name: 'Kellby Courier', kind: 'newspaper', owner: 'Marlow Media Group' },
      { name: 'North Valley Radio', kind: 'public broadcaster', owner: null },
      { name: 'Valley Evening Post', kind: 'newspaper', owner: 'Marlow Media Group' }
    ]);
  });
});
