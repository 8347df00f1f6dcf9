// A local web server that plays the news sites: it serves the code-built article pages from
// tests/fixtures/html.ts plus the ways a fetch can go wrong (slow, 404, not HTML, too large, redirects).
// Used by the fetchArticle unit tests and the end-to-end import tests; listens on 127.0.0.1, port 0.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ARTICLE_FIXTURES, NOT_AN_ARTICLE_HTML, articleWithMarkupText } from '../fixtures/html';

export interface FixtureServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export const MARKUP_ARTICLE_TITLE = 'Council publishes comments in full';
/** A headline longer than the 500 characters a stored title may have. */
export const LONG_TITLE = 'Council publishes every comment it received on the harbour plan in full '
  .repeat(8)
  .trim();

export async function startFixtureServer(): Promise<FixtureServer> {
  const pending = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture.test');
    const html = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    const article = ARTICLE_FIXTURES.find((a) => a.path === url.pathname);
    if (article) return html(article.html);
    switch (url.pathname) {
      case '/section':
        return html(NOT_AN_ARTICLE_HTML);
      case '/markup':
        return html(articleWithMarkupText(MARKUP_ARTICLE_TITLE));
      case '/long-title':
        return html(articleWithMarkupText(LONG_TITLE));
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<h1>Not found</h1>');
      case '/broken':
        res.writeHead(500, { 'content-type': 'text/html' });
        return res.end('<h1>Server error</h1>');
      case '/data.json':
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ title: 'not a page' }));
      case '/slow': {
        // Sends the headers, then nothing for `ms` milliseconds (default: longer than any timeout).
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<!doctype html><html><head><title>Slow</title></head><body>');
        const timer = setTimeout(
          () => {
            pending.delete(timer);
            res.end('</body></html>');
          },
          Number(url.searchParams.get('ms') ?? 30_000)
        );
        pending.add(timer);
        return;
      }
      case '/huge': {
        // A page larger than `bytes`, streamed in 64 kB chunks without a content-length.
        const total = Number(url.searchParams.get('bytes') ?? 6_000_000);
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = '<p>' + 'filler text '.repeat(5450) + '</p>\n';
        let sent = 0;
        const pump = () => {
          while (sent < total) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => undefined);
        return pump();
      }
    }
    if (url.pathname === '/redirect-to') {
      // Sends the client wherever ?url= says (the import-by-URL address checks follow redirects).
      res.writeHead(302, { location: url.searchParams.get('url') ?? '/' });
      return res.end();
    }
    const redirect = /^\/redirect\/(\d+)$/.exec(url.pathname);
    if (redirect) {
      const left = Number(redirect[1]);
      const next = left > 0 ? `/redirect/${left - 1}` : ARTICLE_FIXTURES[0].path;
      res.writeHead(302, { location: next });
      return res.end();
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no such fixture');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of pending) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
