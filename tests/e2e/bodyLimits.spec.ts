// The body limits hold however the server is started: the README's `npm start` (scripts/serve.js, the server
// these tests run against) and a bare `node build`. Over the limit the API answers 413 in its error shape.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect, type APIRequestContext } from '@playwright/test';

let bare: ChildProcess;
let bareUrl: string;
let bareDb: string;

test.beforeAll(async () => {
  const port = Number(process.env.PARALLAX_E2E_PORT) + 1;
  bareUrl = `http://127.0.0.1:${port}`;
  bareDb = mkdtempSync(join(tmpdir(), 'parallax-bare-'));
  bare = spawn(process.execPath, [resolve(process.env.PARALLAX_E2E_BUILD_DIR!)], {
    cwd: resolve('.'),
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      ORIGIN: bareUrl,
      PARALLAX_DB: join(bareDb, 'bare.sqlite'),
      PARALLAX_DEMO: '0'
    }
  });
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(bareUrl + '/api/events').then(
        (r) => r.ok,
        () => false
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('node build did not start');
});
// The bare server must not outlive the run: SIGTERM, then SIGKILL if it has not gone within 5 s, and SIGKILL when
// the test worker itself exits without running this hook (it was left running after CI runs).
const stopBare = () => {
  if (bare && bare.exitCode === null && bare.signalCode === null) bare.kill('SIGKILL');
};
process.once('exit', stopBare);
test.afterAll(async () => {
  if (bare && bare.exitCode === null && bare.signalCode === null) {
    const exited = once(bare, 'exit');
    bare.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    stopBare();
  }
  rmSync(bareDb, { recursive: true, force: true });
});

const servers = [
  { name: 'npm start', base: () => '' },
  { name: 'node build', base: () => bareUrl }
];

async function newEvent(request: APIRequestContext, base: string): Promise<number> {
  const r = await request.post(`${base}/api/events`, { data: { title: 'Body limits' } });
  expect(r.status()).toBe(201);
  return (await r.json()).id;
}

/** A JSON body of `bytes` bytes: a short article, padded with whitespace (valid JSON, stored text unchanged). */
function paddedArticle(bytes: number): string {
  const json = JSON.stringify({ outlet: 'limits.example', text: 'The council met on Monday.' });
  return json.slice(0, -1) + ' '.repeat(bytes - json.length) + '}';
}

for (const server of servers) {
  test(`${server.name}: a 900 kB body (under the 1 MB article limit) is accepted`, async ({ request }) => {
    const id = await newEvent(request, server.base());
    const r = await request.post(`${server.base()}/api/events/${id}/articles`, {
      headers: { 'content-type': 'application/json' },
      data: paddedArticle(900_000)
    });
    expect(r.status()).toBe(201);
  });

  test(`${server.name}: a body over BODY_SIZE_LIMIT (20M) is 413 in the API error shape`, async ({
    request
  }) => {
    const id = await newEvent(request, server.base());
    const r = await request.post(`${server.base()}/api/events/${id}/articles`, {
      headers: { 'content-type': 'application/json' },
      data: paddedArticle(21_500_000)
    });
    expect(r.status()).toBe(413);
    expect(await r.json()).toEqual({
      error: { code: 'too_large', message: 'The request body is larger than the server accepts.' }
    });
  });
}
