#!/usr/bin/env node
// Serves the production build (build/) with Parallax's defaults. The database is migrated and, when empty,
// seeded with the demo event by the server's init hook before the first request.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// PARALLAX_BUILD_DIR: serve another copy of the build (the end-to-end tests use a private one).
const entry = resolve(process.env.PARALLAX_BUILD_DIR ?? resolve(root, 'build'), 'index.js');
if (!existsSync(entry)) {
  console.error('No production build found: run `npm run build` (or `npm start`, which builds when needed).');
  process.exit(1);
}

process.env.PORT ??= '3000';
process.env.HOST ??= '0.0.0.0';
// Uploads of several articles of up to 1 MB each must fit (adapter-node's own default is 512 kB).
process.env.BODY_SIZE_LIMIT ??= '20M';
process.env.PARALLAX_ROOT ??= root;

await import(entry);
const shown = process.env.HOST === '0.0.0.0' ? 'localhost' : process.env.HOST;
console.log(`Parallax is running at ${process.env.ORIGIN ?? `http://${shown}:${process.env.PORT}`}`);
