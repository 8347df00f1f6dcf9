import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from './config';

let root: string | undefined;

/**
 * The repository root (the folder holding package.json and db/migrations). Found by walking up from this
 * module, so it works from src/ under Vite, from build/ under adapter-node and from scripts run with tsx.
 */
export function projectRoot(): string {
  if (root) return root;
  if (config.projectRoot) return (root = resolve(config.projectRoot));
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    for (;;) {
      if (existsSync(resolve(dir, 'db', 'migrations')) && existsSync(resolve(dir, 'package.json'))) {
        return (root = dir);
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error('Cannot find the Parallax project root (db/migrations); set PARALLAX_ROOT.');
}
