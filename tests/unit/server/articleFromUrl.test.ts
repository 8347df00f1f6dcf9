import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articleFromUrl } from '../../../src/lib/server/ingest/articleFromUrl';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import { openDatabase } from '../../../src/lib/server/store/sqlite/db';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';
import { ValidationError } from '../../../src/lib/server/ValidationError';
import { ARTICLE_FIXTURES } from '../../fixtures/html';
import { LONG_TITLE, startFixtureServer, type FixtureServer } from '../../e2e/fixtureServer';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
beforeEach(() => {
  process.env.PARALLAX_FETCH_PRIVATE = '1';
});
afterEach(() => {
  delete process.env.PARALLAX_FETCH_PRIVATE;
});

describe('articleFromUrl (the add page and the API import through it)', () => {
  it("shortens the page's own over-long title to what the store accepts, and it is stored", async () => {
    expect(LONG_TITLE.length).toBeGreaterThan(500);
    const article = await articleFromUrl(server.url('/long-title'));
    expect(article.title).toBe(LONG_TITLE.slice(0, 500));
    const db = openDatabase(':memory:');
    const row = addArticle(db, createEvent(db, { title: 'Harbour plan' }).id, article);
    expect(row.title).toBe(LONG_TITLE.slice(0, 500));
  });

  it("keeps the page's metadata, and what the caller gives replaces it", async () => {
    const fixture = ARTICLE_FIXTURES[0];
    const fromPage = await articleFromUrl(server.url(fixture.path));
    expect(fromPage).toMatchObject({
      url: server.url(fixture.path),
      title: fixture.title,
      // As the store keeps dates: normalised to a full ISO date-time.
      published: new Date(fixture.published).toISOString(),
      source: 'url'
    });
    const given = await articleFromUrl(server.url(fixture.path), {
      title: 'Own title',
      outlet: 'Own outlet'
    });
    expect(given).toMatchObject({ title: 'Own title', outlet: 'Own outlet', published: fromPage.published });
  });

  it('a given title that is too long is refused by the store, as any input', async () => {
    const db = openDatabase(':memory:');
    const article = await articleFromUrl(server.url(ARTICLE_FIXTURES[0].path), { title: 'x'.repeat(501) });
    expect(() => addArticle(db, createEvent(db, { title: 'Fire' }).id, article)).toThrow(ValidationError);
  });
});
