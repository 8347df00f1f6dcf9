import { describe, it, expect } from 'vitest';
import {
  addArticle,
  addArticles,
  getArticle,
  listArticles,
  type NewArticle
} from '../../../src/lib/server/store/sqlite/articles';
import { openDatabase, type Db } from '../../../src/lib/server/store/sqlite/db';
import {
  createEvent,
  getEvent,
  listEvents,
  outletNamesByEvent
} from '../../../src/lib/server/store/sqlite/events';
import { KNOWN_OUTLETS } from '../../../src/lib/server/knownOutlets';
import { domainOfUrl, listOutlets, resolveOutlet } from '../../../src/lib/server/store/sqlite/outlets';
import { ValidationError } from '../../../src/lib/server/ValidationError';

function freshEvent(): { db: Db; eventId: number } {
  const db = openDatabase(':memory:');
  return { db, eventId: createEvent(db, { title: '  Depot fire  ', description: 'March 2024' }).id };
}

function article(text: string, extra: Partial<NewArticle> = {}): NewArticle {
  return { text, outlet: 'Harbour Wire', source: 'paste', ...extra };
}

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function thrown(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('events', () => {
  it('creates an event with a trimmed title and lists it with its counts and outlet names', () => {
    const { db, eventId } = freshEvent();
    expect(getEvent(db, eventId)).toMatchObject({ title: 'Depot fire', description: 'March 2024' });
    addArticles(db, eventId, [
      article('First report.', { outlet: 'Harbour Wire' }),
      article('Second report.', { outlet: null, url: 'https://www.reuters.com/world/depot' }),
      article('Third report.', { outlet: 'Harbour Wire' })
    ]);
    const [listed] = listEvents(db);
    expect(listed).toMatchObject({ id: eventId, articles: 3, outlets: 2 });
    expect(outletNamesByEvent(db, [eventId]).get(eventId)).toEqual([
      'Harbour Wire',
      KNOWN_OUTLETS['reuters.com'].name
    ]);
  });

  it.each([[''], ['   '], [undefined], [42], ['x'.repeat(301)]])('refuses the title %j', (title) => {
    const db = openDatabase(':memory:');
    expect(thrown(() => createEvent(db, { title })).field).toBe('title');
    expect(count(db, 'events')).toBe(0);
  });
});

describe('outlets', () => {
  it.each([
    {
      ref: { url: 'https://www.rt.com/news/563054-nato-albania/' },
      name: KNOWN_OUTLETS['rt.com'].name,
      domain: 'rt.com'
    },
    {
      ref: { url: 'https://edition.cnn.com/2022/09/22/x' },
      name: KNOWN_OUTLETS['cnn.com']?.name ?? 'Cnn',
      domain: 'cnn.com'
    },
    {
      // The registrable domain (Public Suffix List): a site's sections are one outlet.
      ref: { url: 'http://news.dailyledger.example/story' },
      name: 'Dailyledger',
      domain: 'dailyledger.example'
    },
    { ref: { name: 'www.Reuters.com' }, name: KNOWN_OUTLETS['reuters.com'].name, domain: 'reuters.com' },
    {
      ref: { name: 'Harbour Wire', url: 'https://harbourwire.example/a' },
      name: 'Harbour Wire',
      domain: 'harbourwire.example'
    },
    { ref: { name: 'Town Crier' }, name: 'Town Crier', domain: null }
  ])('$ref -> $name ($domain)', ({ ref, name, domain }) => {
    const db = openDatabase(':memory:');
    const outlet = resolveOutlet(db, ref);
    expect(outlet).toMatchObject({ name, domain });
    // The same reference finds the same outlet instead of creating another.
    expect(resolveOutlet(db, ref).id).toBe(outlet.id);
    expect(listOutlets(db)).toHaveLength(1);
  });

  it('needs a name or a URL', () => {
    const db = openDatabase(':memory:');
    expect(thrown(() => resolveOutlet(db, { name: '  ', url: null })).field).toBe('outlet');
    expect(count(db, 'outlets')).toBe(0);
  });

  it.each([
    ['https://WWW.RT.com/news/1', 'rt.com'],
    ['https://m.bbc.co.uk/news', 'bbc.co.uk'],
    ['ftp://rt.com/file', null],
    ['not a url', null]
  ])('domainOfUrl(%s) = %s', (url, domain) => {
    expect(domainOfUrl(url)).toBe(domain);
  });
});

describe('articles', () => {
  it('stores an article with its outlet inferred from the URL domain', () => {
    const { db, eventId } = freshEvent();
    const stored = addArticle(db, eventId, {
      text: 'Investigators examined a valve.\r\n\r\nNo one was arrested.',
      url: 'https://www.rt.com/news/1',
      published: '2024-03-13',
      source: 'paste'
    });
    expect(stored).toMatchObject({
      outlet_name: KNOWN_OUTLETS['rt.com'].name,
      outlet_domain: 'rt.com',
      title: 'Investigators examined a valve.',
      text: 'Investigators examined a valve.\n\nNo one was arrested.',
      published_at: '2024-03-13',
      source_kind: 'paste'
    });
    expect(getArticle(db, stored.id)?.text).toBe(stored.text);
    expect(listArticles(db, eventId).map((a) => a.id)).toEqual([stored.id]);
  });

  it.each([
    ['the same text', 'The fire was contained by 5 a.m.'],
    ['different spacing and case', '  the FIRE was   contained\n\nby 5 a.m.  '],
    ['different line endings', 'The fire was contained\r\nby 5 a.m.']
  ])('refuses a duplicate with %s and writes nothing', (_label, again) => {
    const { db, eventId } = freshEvent();
    addArticle(db, eventId, article('The fire was contained by 5 a.m.'));
    const before = { articles: count(db, 'articles'), outlets: count(db, 'outlets') };
    const error = thrown(() => addArticle(db, eventId, article(again, { outlet: 'A new outlet' })));
    expect(error.code).toBe('duplicate');
    expect(error.message).toMatch(/already in the event/);
    expect({ articles: count(db, 'articles'), outlets: count(db, 'outlets') }).toEqual(before);
  });

  it.each([
    ['its first line', 'Depot fire contained\nThe fire was contained by 5 a.m.', 'Depot fire contained'],
    [
      'its headline under a timestamp and a byline',
      'Posted 03/12/2024 7:21 AM\nBy Jane Doe\nDepot fire contained\nThe fire was contained by 5 a.m.',
      'Depot fire contained'
    ],
    ['a long line, shortened', 'word '.repeat(50), 'word '.repeat(50).slice(0, 157) + '…']
  ])('titles an article given no title with %s', (_case, text, title) => {
    const { db, eventId } = freshEvent();
    expect(addArticle(db, eventId, article(text)).title).toBe(title);
  });

  it('accepts the same text in a different event', () => {
    const { db, eventId } = freshEvent();
    const other = createEvent(db, { title: 'Another event' }).id;
    addArticle(db, eventId, article('Shared wire copy.'));
    expect(() => addArticle(db, other, article('Shared wire copy.'))).not.toThrow();
  });

  it.each([
    { label: 'an empty article', batch: [article('Good one.'), article('   ')], field: 'text' },
    {
      label: 'a duplicate inside the batch',
      batch: [article('Good one.'), article('Good  one.')],
      field: 'text'
    },
    {
      label: 'a bad date',
      batch: [article('Good one.'), article('Other.', { published: '2024-02-30' })],
      field: 'published'
    },
    {
      label: 'a missing outlet',
      batch: [article('Good one.'), article('Other.', { outlet: null })],
      field: 'outlet'
    }
  ])('addArticles is all or nothing: $label stores none', ({ batch, field }) => {
    const { db, eventId } = freshEvent();
    const updated = getEvent(db, eventId)!.updated_at;
    expect(thrown(() => addArticles(db, eventId, batch)).field).toBe(field);
    expect(count(db, 'articles')).toBe(0);
    expect(count(db, 'outlets')).toBe(0);
    expect(getEvent(db, eventId)!.updated_at).toBe(updated);
  });

  it('addArticles stores every article of a good batch', () => {
    const { db, eventId } = freshEvent();
    const rows = addArticles(db, eventId, [article('One.'), article('Two.'), article('Three.')]);
    expect(rows.map((r) => r.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(count(db, 'articles')).toBe(3);
  });

  it('refuses an article for an event that does not exist', () => {
    const db = openDatabase(':memory:');
    expect(thrown(() => addArticle(db, 999, article('Text.'))).field).toBe('event');
  });
});
