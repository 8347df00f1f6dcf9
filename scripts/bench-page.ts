// npm run bench:page — the event page under load.
// Starts the production build (scripts/serve.js) on a temporary database without the demo, adds 50 real ECB+
// articles (../shared/data/ecbplus, the first topics' documents) to one event through the API, waits for the
// analysis, then requests the event page (GET /events/ID, HTML as a browser gets it) from 1 and from 8 clients at
// once. Prints the page size (uncompressed HTML; target < 300 KB), the first view's time (a full render: later
// views of the same database revision come from the page cache, src/lib/server/pageCache.ts), requests per second
// and p50 / p95 latency per concurrency (target p95 < 300 ms at 8 clients). Skips, saying why, without the corpus. BENCH_DUMP=FILE writes
// the page's HTML there.
import { writeFileSync } from 'node:fs';
import {
  analysisSettled,
  benchDocuments,
  percentile,
  postDocument,
  startBenchServer
} from './bench/benchServer';
import { formatTable } from './eval/formatTable';

const ARTICLES = 50;
const TARGET_KB = 300;
const TARGET_P95_MS = 300;
const REQUESTS_PER_CLIENT = 15;

const docs = benchDocuments('bench:page', ARTICLES) ?? process.exit(0);
const server = await startBenchServer(4800);

/** One page request as a browser makes it (HTML, no compression, so the size is the page's own). */
async function getPage(path: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(server.base + path, {
    headers: { accept: 'text/html', 'accept-encoding': 'identity' }
  });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return { ms: performance.now() - start, bytes: body.byteLength };
}

try {
  const event = await server.api('/api/events', {
    method: 'POST',
    body: JSON.stringify({ title: `ECB+ page benchmark (${docs.length} articles)` })
  });
  for (const doc of docs) await postDocument(server, event.id, doc);
  const state = await analysisSettled(server, event.id, docs.length);
  if (state !== 'done') throw new Error(`the analysis ${state}`);
  const path = `/events/${event.id}`;
  const first = await getPage(path); // the first view after the analysis builds what later views reuse
  if (process.env.BENCH_DUMP)
    writeFileSync(process.env.BENCH_DUMP, await (await fetch(server.base + path)).text());
  const rows: string[][] = [];
  let missed = first.bytes / 1024 >= TARGET_KB;
  for (const clients of [1, 8]) {
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let i = 0; i < REQUESTS_PER_CLIENT; i++) latencies.push((await getPage(path)).ms);
      })
    );
    const seconds = (performance.now() - started) / 1000;
    const sorted = latencies.sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    if (clients === 8 && p95 >= TARGET_P95_MS) missed = true;
    rows.push([
      String(clients),
      String(sorted.length),
      (sorted.length / seconds).toFixed(1),
      percentile(sorted, 50).toFixed(0),
      p95.toFixed(0),
      clients === 8 ? `< ${TARGET_P95_MS}` : ''
    ]);
  }
  console.log(
    `Event page of ${docs.length} ECB+ articles: ${(first.bytes / 1024).toFixed(0)} KB of HTML (target < ${TARGET_KB} KB); first view after the analysis ${first.ms.toFixed(0)} ms`
  );
  console.log(formatTable(['clients', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'target p95'], rows));
  if (missed) {
    console.log('bench:page: a target was missed.');
    process.exitCode = 1;
  }
} finally {
  await server.stop();
}
