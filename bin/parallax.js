#!/usr/bin/env node
// Entry point of the `parallax` command: lets Node load the TypeScript sources through tsx, then runs the CLI.
import { register } from 'tsx/esm/api';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The project's tsconfig whatever the caller's working directory; it extends .svelte-kit/tsconfig.json, which
// exists only after `svelte-kit sync`, and the CLI's sources use relative imports, so it is optional.
const tsconfig = resolve(root, 'tsconfig.json');
register({ tsconfig: existsSync(resolve(root, '.svelte-kit', 'tsconfig.json')) ? tsconfig : false });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
