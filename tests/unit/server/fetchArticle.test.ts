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

  // Every spelling of the fixture server's address: the literal is checked as parsed, a name as resolved.
  it.each([
    ['http://127.0.0.1:PORT/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]:PORT/', '::ffff:7f00:1'],
    ['http://[::ffff:7f00:1]:PORT/', '::ffff:7f00:1'],
    ['http://[0:0:0:0:0:ffff:7f00:0001]:PORT/', '::ffff:7f00:1'],
    ['http://[64:ff9b::7f00:1]:PORT/', '64:ff9b::7f00:1'],
    ['http://[::1]:PORT/', '::1'],
    ['http://0x7f000001:PORT/', '127.0.0.1'],
    ['http://2130706433:PORT/', '127.0.0.1'],
    ['http://localhost:PORT/', /^(127\.0\.0\.1|::1)$/]
  ])('refuses %s (connects to %s)', async (url, address) => {
    delete process.env.PARALLAX_FETCH_PRIVATE;
    const port = new URL(server.origin).port;
    const e = await failure(url.replace('PORT', port));
    expect(e.code).toBe('private_address');
    expect(e.message).toMatch(/points to a private or local network address \((.+)\)/);
    const shown = /address \((.+)\)/.exec(e.message)![1];
    if (typeof address === 'string') expect(shown).toBe(address);
    else expect(shown).toMatch(address);
  });

  // The first hop is let through (the fixture server stands in for a public site); the redirect's target is
  // checked where its connection goes.
  const onlyFixtureHop = (address: string) => address !== '127.0.0.1' && isPrivateAddress(address);
  it.each([
    ['http://[::ffff:7f00:1]:PORT/', '::ffff:7f00:1'],
    ['http://[::ffff:127.0.0.1]:PORT/', '::ffff:7f00:1'],
    ['http://[::1]:PORT/', '::1'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://[fd00::1]/', 'fd00::1']
  ])('refuses a redirect to %s', async (target, address) => {
    const port = new URL(server.origin).port;
    const hop = server.url('/redirect-to?url=' + encodeURIComponent(target.replace('PORT', port)));
    let error: unknown;
    try {
      await fetchArticle(hop, onlyFixtureHop);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe('private_address');
    const shown = /address \((.+)\)/.exec((error as ValidationError).message)![1];
    if (typeof address === 'string') expect(shown).toBe(address);
    else expect(shown).toMatch(address);
  });

  it('follows a redirect to an allowed address', async () => {
    const hop = server.url('/redirect-to?url=' + encodeURIComponent(server.url(ARTICLE_FIXTURES[0].path)));
    const article = await fetchArticle(hop, onlyFixtureHop);
    expect(article.title).toBe(ARTICLE_FIXTURES[0].title);
  });

  it.each([
    // IPv4
    ['0.0.0.0', true, 'unspecified'],
    ['0.1.2.3', true, 'this network'],
    ['10.1.2.3', true, 'private'],
    ['100.64.0.1', true, 'shared (CGNAT)'],
    ['100.128.0.1', false, 'just above CGNAT'],
    ['127.0.0.1', true, 'loopback'],
    ['127.255.255.254', true, 'loopback'],
    ['169.254.169.254', true, 'link-local (metadata)'],
    ['172.16.0.1', true, 'private'],
    ['172.31.255.255', true, 'private'],
    ['172.32.0.1', false, 'public'],
    ['192.0.0.8', true, 'IETF assignments'],
    ['192.0.2.1', true, 'documentation TEST-NET-1'],
    ['192.88.99.1', true, '6to4 relay'],
    ['192.168.1.1', true, 'private'],
    ['198.18.0.1', true, 'benchmarking'],
    ['198.51.100.7', true, 'documentation TEST-NET-2'],
    ['203.0.113.9', true, 'documentation TEST-NET-3'],
    ['224.0.0.1', true, 'multicast'],
    ['239.255.255.250', true, 'multicast'],
    ['240.0.0.1', true, 'reserved'],
    ['255.255.255.255', true, 'broadcast'],
    ['8.8.8.8', false, 'public'],
    ['93.184.216.34', false, 'public'],
    // IPv6
    ['::', true, 'unspecified'],
    ['::1', true, 'loopback'],
    ['0:0:0:0:0:0:0:1', true, 'loopback, long form'],
    ['[::1]', true, 'loopback, URL brackets'],
    ['fe80::1', true, 'link-local'],
    ['fe80::1%eth0', true, 'link-local with zone'],
    ['febf::1', true, 'link-local'],
    ['fc00::1', true, 'unique-local'],
    ['fd12:3456::1', true, 'unique-local'],
    ['ff02::1', true, 'multicast'],
    ['ff0e::1', true, 'multicast, global scope'],
    ['2001:db8::1', true, 'documentation'],
    ['3fff::1', true, 'documentation (RFC 9637)'],
    ['2001::1', true, 'Teredo'],
    ['2001:2::1', true, 'benchmarking'],
    ['2001:10::1', true, 'ORCHID'],
    ['100::1', true, 'discard-only'],
    ['2606:4700::1111', false, 'public'],
    ['2a00:1450:4001:80b::200e', false, 'public'],
    // IPv4 inside IPv6
    ['::ffff:127.0.0.1', true, 'mapped loopback, dotted'],
    ['::ffff:7f00:1', true, 'mapped loopback, hex'],
    ['::FFFF:7F00:0001', true, 'mapped loopback, upper case'],
    ['0:0:0:0:0:ffff:7f00:1', true, 'mapped loopback, long form'],
    ['::ffff:a9fe:a9fe', true, 'mapped metadata address'],
    ['::ffff:10.0.0.1', true, 'mapped private'],
    ['::ffff:8.8.8.8', false, 'mapped public'],
    ['::ffff:808:808', false, 'mapped public, hex'],
    ['::127.0.0.1', true, 'IPv4-compatible loopback'],
    ['::7f00:1', true, 'IPv4-compatible loopback, hex'],
    ['64:ff9b::127.0.0.1', true, 'NAT64 loopback'],
    ['64:ff9b::7f00:1', true, 'NAT64 loopback, hex'],
    ['64:ff9b::a00:1', true, 'NAT64 private'],
    ['64:ff9b::808:808', false, 'NAT64 public'],
    ['64:ff9b:1::1', true, 'local-use NAT64'],
    ['2002:7f00:1::1', true, '6to4 of loopback'],
    ['2002:c0a8:101::1', true, '6to4 of private'],
    ['2002:808:808::1', false, '6to4 of public'],
    // Not an address at all
    ['not an address', true, 'unparseable'],
    ['', true, 'empty']
  ])('%s is private: %s (%s)', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
