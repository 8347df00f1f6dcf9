// An event's History lists the edits and merges of the outlets with articles in it (they have no event of their
// own), and no other outlet's; paging counts them like the event's own entries.
import { describe, expect, it } from 'vitest';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import { listAudit } from '../../../src/lib/server/store/sqlite/auditLog';
import { editArticle } from '../../../src/lib/server/store/sqlite/articleEdits';
import { editOutlet, mergeOutlets } from '../../../src/lib/server/store/sqlite/outletEdits';
import { openDatabase, type Db } from '../../../src/lib/server/store/sqlite/db';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';

function setUp() {
  const db = openDatabase(':memory:');
  const one = createEvent(db, { title: 'Flood' }).id;
  const two = createEvent(db, { title: 'Election' }).id;
  const add = (event: number, outlet: string) =>
    addArticle(db, event, { outlet, text: `A report by ${outlet} on the event ${event}.`, source: 'paste' })
      .id;
  const articles = { reuters: add(one, 'reuters.com'), rt: add(one, 'rt.com'), bbc: add(two, 'bbc.co.uk') };
  const outletOf = (article: number) =>
    (db.prepare('SELECT outlet_id AS id FROM articles WHERE id = ?').get(article) as { id: number }).id;
  return { db, one, two, articles, outletOf };
}

const targets = (db: Db, event: number, options = {}) =>
  listAudit(db, event, { limit: 200, ...options }).items.map((e) => `${e.action} ${e.target}`);

describe('event History with outlet-level entries', () => {
  const cases: {
    name: string;
    act: (s: ReturnType<typeof setUp>) => void;
    one: (s: ReturnType<typeof setUp>) => string[];
    two: (s: ReturnType<typeof setUp>) => string[];
  }[] = [
    {
      name: 'an outlet edit shows on the events of that outlet only',
      act: (s) => editOutlet(s.db, s.outletOf(s.articles.rt), { name: 'RT News' }, 'Ana'),
      one: (s) => [`outlet.edit outlet:${s.outletOf(s.articles.rt)}`],
      two: () => []
    },
    {
      name: 'a merge shows on the events of both outlets, and stays after the merge moved the articles',
      act: (s) => {
        const bbc = s.outletOf(s.articles.bbc);
        mergeOutlets(s.db, s.outletOf(s.articles.rt), bbc, 'Ana');
        editOutlet(s.db, bbc, { name: 'BBC News' }, 'Ben');
      },
      one: (s) => [`outlet.edit outlet:${s.outletOf(s.articles.bbc)}`, `outlet.merge outlet:2`],
      two: (s) => [`outlet.edit outlet:${s.outletOf(s.articles.bbc)}`, `outlet.merge outlet:2`]
    },
    {
      name: 'outlet entries interleave with the event’s own, newest first',
      act: (s) => {
        editOutlet(s.db, s.outletOf(s.articles.reuters), { country: 'UK' }, 'Ana');
        editArticle(s.db, s.articles.reuters, { title: 'Rain' }, 'Ana');
      },
      one: (s) => [
        `article.edit article:${s.articles.reuters}`,
        `outlet.edit outlet:${s.outletOf(s.articles.reuters)}`
      ],
      two: () => []
    }
  ];

  it.each(cases)('$name', (c) => {
    const s = setUp();
    expect(s.outletOf(s.articles.rt)).toBe(2);
    c.act(s);
    expect(targets(s.db, s.one)).toEqual(c.one(s));
    expect(targets(s.db, s.two)).toEqual(c.two(s));
    // Without outlets: only the event's own entries.
    expect(targets(s.db, s.one, { outlets: false })).toEqual(c.one(s).filter((t) => !t.includes('outlet:')));
  });

  it('pages over own and outlet entries together', () => {
    const s = setUp();
    for (let i = 0; i < 3; i++) editOutlet(s.db, s.outletOf(s.articles.rt), { country: `C${i}` }, 'Ana');
    for (let i = 0; i < 3; i++) editArticle(s.db, s.articles.rt, { title: `T${i}` }, 'Ana');
    const first = listAudit(s.db, s.one, { limit: 4, offset: 0 });
    const second = listAudit(s.db, s.one, { limit: 4, offset: 4 });
    expect([first.total, first.items.length, second.items.length]).toEqual([6, 4, 2]);
    const ids = [...first.items, ...second.items].map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });
});
