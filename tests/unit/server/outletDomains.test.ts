import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { openDatabase } from '../../../src/lib/server/store/sqlite/db';
import { migrate, readMigrations } from '../../../src/lib/server/store/sqlite/migrate';
import {
  domainOfUrl,
  outletNameForDomain,
  resolveOutlet
} from '../../../src/lib/server/store/sqlite/outlets';

describe('outlet domains and names by the Public Suffix List', () => {
  // [article URL, outlet domain, default name]
  const cases: [string, string, string][] = [
    ['https://www.news.com.au/world/kellby', 'news.com.au', 'News'],
    ['https://www.sunstar.com.ph/article/1', 'sunstar.com.ph', 'Sunstar'],
    ['https://news.bbc.co.uk/2/hi/1.stm', 'bbc.co.uk', 'BBC'],
    ['https://edition.cnn.com/2024/world', 'cnn.com', 'CNN'],
    ['https://de.rt.com/international/1', 'de.rt.com', 'RT DE'],
    ['https://kellbywatch.blogspot.com/2024/03/dam.html', 'kellbywatch.blogspot.com', 'Kellbywatch'],
    ['https://www.dailynews.com/story', 'dailynews.com', 'Dailynews']
  ];
  it.each(cases)('%s -> %s, "%s"', (url, domain, name) => {
    expect(domainOfUrl(url)).toBe(domain);
    expect(outletNameForDomain(domain)).toBe(name);
  });

  it('two domains whose names would be alike stay two outlets, with distinct names', () => {
    const db = openDatabase(':memory:');
    const a = resolveOutlet(db, { url: 'https://www.news.com.au/a' });
    const b = resolveOutlet(db, { url: 'https://www.news.co.nz/b' });
    expect(a.id).not.toBe(b.id);
    // "News" is taken by news.com.au: the second outlet is named by its domain, so the engine keeps them apart.
    expect([a.name, b.name]).toEqual(['News', 'news.co.nz']);
    expect(resolveOutlet(db, { url: 'https://www.news.com.au/c' }).id).toBe(a.id);
  });
});

describe('migration 008: outlets that shared a derived name are named by their domain', () => {
  it('renames every outlet of a name shared across domains, and no other', () => {
    const all = readMigrations(resolve(__dirname, '../../..', 'db', 'migrations'));
    const db = new Database(':memory:');
    migrate(
      db,
      all.filter((m) => m.version < 8)
    );
    const insert = db.prepare('INSERT INTO outlets (name, domain) VALUES (?, ?)');
    insert.run('Com', 'news.com.au');
    insert.run('Com', 'sunstar.com.ph');
    insert.run('RT', 'rt.com');
    insert.run('Local Paper', null);
    migrate(db, all);
    expect(db.prepare('SELECT name, domain FROM outlets ORDER BY id').all()).toEqual([
      { name: 'news.com.au', domain: 'news.com.au' },
      { name: 'sunstar.com.ph', domain: 'sunstar.com.ph' },
      { name: 'RT', domain: 'rt.com' },
      { name: 'Local Paper', domain: null }
    ]);
  });
});
