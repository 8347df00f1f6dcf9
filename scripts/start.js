#!/usr/bin/env node
// npm start: builds Parallax when the build is missing or older than the sources, then serves it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = resolve(root, 'build', 'index.js');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'].map((p) =>
  newestMtime(resolve(root, p))
);
if (!existsSync(built) || Math.max(...sources) > statSync(built).mtimeMs) {
  console.log('Building Parallax…');
  execSync('npx vite build', { cwd: root, stdio: 'inherit' });
}
await import('./serve.js');
