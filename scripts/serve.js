#!/usr/bin/env node
// Serves the production build (build/) with Parallax's defaults, gzip/brotli-compressing responses (event
// pages are mostly repetitive SVG markup). The database is migrated and, when empty, seeded with the demo
// event by the server's init hook before the first request.
import { existsSync } from 'node:fs';
import http from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import compression from 'compression';
import { SERVER_DEFAULTS } from '../serverDefaults.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// PARALLAX_BUILD_DIR: serve another copy of the build (the end-to-end tests use a private one).
const entry = resolve(process.env.PARALLAX_BUILD_DIR ?? resolve(root, 'build'), 'handler.js');
if (!existsSync(entry)) {
  console.error('No production build found: run `npm run build` (or `npm start`, which builds when needed).');
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
for (const [name, value] of Object.entries(SERVER_DEFAULTS)) process.env[name] ??= value;
process.env.PARALLAX_ROOT ??= root;
// Without ORIGIN, adapter-node takes every request for https, so the browser's http://localhost Origin fails
// SvelteKit's cross-site form check (403 on every form). This server speaks plain http: requests are http unless
// a proxy in front says otherwise in X-Forwarded-Proto / X-Forwarded-Host (the adapter's own headers).
const trustForwarded = !process.env.ORIGIN;
if (trustForwarded) {
  process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
  process.env.HOST_HEADER ??= 'x-forwarded-host';
}
const protocolHeader = (process.env.PROTOCOL_HEADER ?? '').toLowerCase();

const { handler } = await import(pathToFileURL(entry).href);
const compress = compression();
const server = http.createServer((req, res) => {
  if (trustForwarded && protocolHeader && !req.headers[protocolHeader]) req.headers[protocolHeader] = 'http';
  compress(req, res, () =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    })
  );
});

server.listen(port, host, () => {
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  console.log(`Parallax is running at ${process.env.ORIGIN ?? `http://${shown}:${port}`}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open: give them a moment, then go.
  setTimeout(() => process.exit(0), 5000).unref();
  server.closeIdleConnections?.();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
