// The README stays true about configuration and commands: every variable the one config module (and the
// adapter defaults in serverDefaults.js) reads is in its configuration table, and every CLI command in its
// command table. No other module reads a PARALLAX_* variable.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main';
import { SERVER_DEFAULTS } from '../../serverDefaults.js';

const root = resolve(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = (heading: string) => {
  const start = readme.indexOf(`## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
};
const configTable = section('Configuration');
const commandTable = section('Command line');

const configSource = readFileSync(join(root, 'src/lib/server/config.ts'), 'utf8');
const configVariables = [...new Set([...configSource.matchAll(/process\.env\.([A-Z_]+)/g)].map((m) => m[1]))];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|svelte)$/.test(name) ? [path] : [];
  });
}

describe('README configuration table', () => {
  it('reads the settings from one module', () => {
    expect(configVariables).toEqual(
      expect.arrayContaining(['PARALLAX_DB', 'PARALLAX_TOKEN', 'PARALLAX_PRIVATE', 'PARALLAX_FETCH_PRIVATE'])
    );
    const elsewhere = sourceFiles(join(root, 'src'))
      .filter((f) => !f.endsWith(join('server', 'config.ts')))
      .filter((f) => /process\.env\.PARALLAX_/.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(root.length + 1));
    expect(elsewhere).toEqual([]);
  });

  it.each([...configVariables, ...Object.keys(SERVER_DEFAULTS)])('lists %s', (name) => {
    expect(configTable).toContain('`' + name + '`');
  });
});

describe('README command table', () => {
  it.each(COMMANDS.map((c) => c.name))('lists parallax %s', (name) => {
    expect(commandTable).toMatch(new RegExp('`npx parallax ' + name + '[ `]'));
  });
});
