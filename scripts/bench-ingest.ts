// npm run bench:ingest — is the server responsive while events are analyzed?
// Starts the production build (scripts/serve.js) on a temporary database without the demo, adds 80 real ECB+
// articles (../shared/data/ecbplus, the first topics' documents) to one event through POST /api/events/ID/articles
// (each addition queues a re-analysis of the growing event), and meanwhile requests GET /api/events every 50 ms
// until the event's analysis is done. Prints p50 / p95 / max of those requests (target p95 < 300 ms). Skips, saying why, without the corpus.
import {
  analysisSettled,
  benchDocuments,
  percentile,
  postDocument,
  startBenchServer
} from './bench/benchServer';

const ARTICLES = 80;
const TARGET_P95_MS = 300;
const PROBE_EVERY_MS = 50;

const docs = benchDocuments('bench:ingest', ARTICLES) ?? process.exit(0);
const server = await startBenchServer(4900);
const { api } = server;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

try {
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
  for (const doc of docs) await postDocument(server, event.id, doc);
  const added = performance.now() - started;
  // Then until the event's latest analysis is done (the server analyses in the background).
  await analysisSettled(server, event.id, docs.length);
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
  await server.stop();
}
