import { afterAll, beforeAll, beforeEach, afterEach, describe, it, expect } from 'vitest';
import { isPrivateAddress } from '../../../src/lib/server/ingest/isPrivateAddress';
import { fetchArticle } from '../../../src/lib/server/ingest/fetchArticle';
import { ValidationError } from '../../../src/lib/server/ValidationError';
import { ARTICLE_FIXTURES } from '../../fixtures/html';
import { startFixtureServer, type FixtureServer } from '../../e2e/fixtureServer';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
// The fixture server listens on 127.0.0.1, which import by URL refuses unless told otherwise.
beforeEach(() => {
  process.env.PARALLAX_FETCH_PRIVATE = '1';
});
afterEach(() => {
  delete process.env.PARALLAX_FETCH_PRIVATE;
  delete process.env.PARALLAX_FETCH_TIMEOUT_MS;
  delete process.env.PARALLAX_FETCH_MAX_BYTES;
});

async function failure(url: string): Promise<ValidationError> {
  try {
    await fetchArticle(url);
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error(`fetchArticle(${url}) did not fail`);
}

describe('fetchArticle', () => {
  it.each(ARTICLE_FIXTURES.map((f) => [f.path, f] as const))(
    'extracts the article at %s',
    async (path, f) => {
      const article = await fetchArticle(server.url(path));
      expect(article.finalUrl).toBe(server.url(path));
      expect(article.title).toBe(f.title);
      expect(article.text.split('\n\n')).toEqual(f.paragraphs);
    }
  );

  it('follows up to 5 redirects and reports the final URL', async () => {
    const article = await fetchArticle(server.url('/redirect/4'));
    expect(article.finalUrl).toBe(server.url(ARTICLE_FIXTURES[0].path));
    expect(article.title).toBe(ARTICLE_FIXTURES[0].title);
  });

  it.each([
    { label: 'a 404', path: '/missing', message: /answered 404/, code: 'http_status' },
    { label: 'a 500', path: '/broken', message: /answered 500/, code: 'http_status' },
    {
      label: 'JSON instead of HTML',
      path: '/data.json',
      message: /not a web page.*application\/json/,
      code: 'not_html'
    },
    {
      label: 'a page without an article',
      path: '/section',
      message: /is not an article/,
      code: 'not_article'
    },
    { label: 'too many redirects', path: '/redirect/6', message: /more than 5 redirects/, code: 'invalid' }
  ])('refuses $label', async ({ path, message, code }) => {
    const error = await failure(server.url(path));
    expect(error.field).toBe('url');
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('gives up after PARALLAX_FETCH_TIMEOUT_MS on a slow server', async () => {
    process.env.PARALLAX_FETCH_TIMEOUT_MS = '300';
    const started = Date.now();
    const error = await failure(server.url('/slow?ms=5000'));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error.message).toMatch(/^Could not fetch .*: timed out after 0\.3 s\.$/);
    expect(error.code).toBe('timeout');
  });

  it('stops reading at PARALLAX_FETCH_MAX_BYTES', async () => {
    process.env.PARALLAX_FETCH_MAX_BYTES = '200000';
    const error = await failure(server.url('/huge?bytes=3000000'));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/larger than 0\.2 MB/);
  });

  it.each([
    ['ftp://example.org/file', /Only http and https/],
    ['file:///etc/passwd', /Only http and https/],
    ['not a url', /is not a URL/]
  ])('refuses %s without fetching', async (url, message) => {
    const error = await failure(url);
    expect(error.field).toBe('url');
    expect(error.message).toMatch(message);
  });

  it('reports a refused connection as a fetch failure', async () => {
    const closed = await startFixtureServer();
    const url = closed.url('/gone');
    await closed.close();
    const error = await failure(url);
    expect(error.code).toBe('network');
    expect(error.message).toMatch(
      /^Could not fetch http:\/\/127\.0\.0\.1:\d+\/gone: the server refused the connection \(ECONNREFUSED\)\.$/
    );
  });
});

describe('private network addresses', () => {
  it('refuses a local server unless PARALLAX_FETCH_PRIVATE=1', async () => {
    delete process.env.PARALLAX_FETCH_PRIVATE;
    const e = await failure(server.url('/'));
    expect(e.code).toBe('private_address');
    expect(e.field).toBe('url');
  });

  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['93.184.216.34', false],
    ['2606:4700::1111', false],
    ['not an address', false]
  ])('%s is private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
