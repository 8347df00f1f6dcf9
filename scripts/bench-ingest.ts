// npm run bench:ingest — is the server responsive while events are analyzed?
// Starts the production build (scripts/serve.js) on a temporary database without the demo, adds 80 real ECB+
// articles (../shared/data/ecbplus, the first topics' documents) to one event through POST /api/events/ID/articles
// (each addition queues a re-analysis of the growing event), and meanwhile requests GET /api/events every 50 ms
// until the event's analysis is done. Prints p50 / p95 / max of those requests (target p95 < 300 ms). Skips, saying why, without the corpus.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ecbplusAvailable, loadTopics, REPO_ROOT } from './lib/ecbplusCorpus';

const ARTICLES = 80;
const TARGET_P95_MS = 300;
const PROBE_EVERY_MS = 50;

if (!ecbplusAvailable()) {
  console.log('bench:ingest skipped: the ECB+ corpus is not at ../shared/data/ecbplus.');
  process.exit(0);
}
if (!existsSync(resolve(REPO_ROOT, 'build', 'handler.js'))) {
  console.log('bench:ingest needs the production build: run `npm run build` first.');
  process.exit(1);
}

const docs = loadTopics(Array.from({ length: 45 }, (_, i) => i + 1))
  .filter((doc) => doc.text.trim().length > 0)
  .slice(0, ARTICLES);
const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-ingest-'));
const port = 4900 + (process.pid % 90);
const base = `http://127.0.0.1:${port}`;
const server = spawn('node', ['scripts/serve.js'], {
  cwd: REPO_ROOT,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PARALLAX_DB: join(dir, 'bench.sqlite'),
    PARALLAX_DEMO: '0'
  },
  stdio: ['ignore', 'ignore', 'inherit']
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function api(path: string, init?: RequestInit): Promise<any> {
  const response = await fetch(base + path, {
    ...init,
    headers: { 'content-type': 'application/json', ...init?.headers }
  });
  if (!response.ok)
    throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

try {
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/api/events`);
      break;
    } catch {
      if (i > 600) throw new Error('The server did not start.');
      await sleep(100);
    }
  }
  const latencies: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const start = performance.now();
      await api('/api/events?limit=20');
      latencies.push(performance.now() - start);
      await sleep(PROBE_EVERY_MS);
    }
  })();

  const started = performance.now();
  const event = await api('/api/events', {
    method: 'POST',
    body: JSON.stringify({ title: `ECB+ benchmark (${docs.length} articles)` })
  });
  for (const doc of docs) {
    await api(`/api/events/${event.id}/articles`, {
      method: 'POST',
      body: JSON.stringify({
        text: doc.text,
        title: doc.text.split('\n', 1)[0].slice(0, 150) || doc.name,
        outlet: doc.url ? new URL(doc.url).hostname.replace(/^www\./, '') : `ECB+ ${doc.name}`,
        ...(doc.url ? { url: doc.url } : {})
      })
    });
  }
  const added = performance.now() - started;
  // Then until the event's latest analysis is done (the server analyses in the background).
  for (;;) {
    const status = await api(`/events/${event.id}/analysis`);
    if ((status.state === 'done' || status.state === 'failed') && status.articlesTotal === docs.length) break;
    await sleep(250);
  }
  const analyzed = performance.now() - started;
  probing = false;
  await probe;

  const sorted = [...latencies].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  console.log(
    `${docs.length} ECB+ articles added to one event through the API in ${(added / 1000).toFixed(1)} s, ` +
      `all analyzed after ${(analyzed / 1000).toFixed(1)} s`
  );
  console.log(
    `GET /api/events meanwhile (${sorted.length} requests): p50 ${percentile(sorted, 50).toFixed(0)} ms, ` +
      `p95 ${p95.toFixed(0)} ms (target < ${TARGET_P95_MS} ms), max ${sorted.at(-1)!.toFixed(0)} ms`
  );
  if (p95 >= TARGET_P95_MS) {
    console.log('bench:ingest: the p95 target was missed.');
    process.exitCode = 1;
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
