// npm run bench:dashboard — server-side cost of the event overview.
//  1. Builds a 30-outlet event in a temporary database (ECB+ topic 1 articles from ../shared when present,
//     otherwise generated texts), analyzes it with runAnalysis, and times the analysis.
//  2. Times the event page's server work: loadEventDashboard + rendering EventDashboard (every chart of the page) with svelte/server
//     (target < 150 ms), and measures the HTML plus the serialised data (target < 300 KB, gzipped as served).
//  3. Times the overview layout for 1,000 facts × 30 outlets (generated analysis).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createServer } from 'vite';
import { addArticle } from '../src/lib/server/store/sqlite/articles';
import { openDatabase } from '../src/lib/server/store/sqlite/db';
import { createEvent } from '../src/lib/server/store/sqlite/events';
import { buildEventOverview } from '../src/lib/view/buildEventOverview';
import { latestAnalysis } from '../src/lib/server/analysis/latestAnalysis';
import { loadEventDashboard } from '../src/lib/server/analysis/loadEventDashboard';
import { runAnalysis } from '../src/lib/server/analysis/runAnalysis';
import { fixtureAnalyze, fixtureEvent } from '../tests/fixtures/analysisFixture';
import { ecbplusAvailable, loadTopics } from './lib/ecbplusCorpus';

const OUTLETS = 30;
const PAGE_TARGET_MS = 150;
const SIZE_TARGET_KB = 300;

interface BenchArticle {
  outlet: string;
  title: string;
  text: string;
}

function benchArticles(): { source: string; articles: BenchArticle[] } {
  if (ecbplusAvailable()) {
    const docs = loadTopics([1]).slice(0, OUTLETS);
    return {
      source: `ECB+ topic 1 (${docs.length} articles)`,
      articles: docs.map((doc, i) => ({
        outlet: `${hostOf(doc.url) ?? 'source'} #${i + 1}`,
        title: doc.text.split('\n', 1)[0].slice(0, 150) || doc.name,
        text: doc.text
      }))
    };
  }
  console.log('../shared/data/ecbplus is absent: using generated articles.');
  return {
    source: `generated (${OUTLETS} articles)`,
    articles: fixtureEvent({ outlets: OUTLETS, facts: 40 }).articles.map((a) => ({
      outlet: a.outlet,
      title: a.title ?? a.outlet,
      text: a.text
    }))
  };
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  // Compile the components as the production build does (no dev-mode checks).
  process.env.NODE_ENV = 'production';
  const vite = await createServer({
    mode: 'production',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error'
  });
  let failed = false;
  try {
    const db = openDatabase(join(dir, 'bench.sqlite'));
    const { source, articles } = benchArticles();
    const eventId = createEvent(db, { title: 'Dashboard benchmark' }).id;
    for (const a of articles) addArticle(db, eventId, { ...a, source: 'import' });

    const analysis = time(() => runAnalysis(db, eventId));
    if (analysis.value.state !== 'done') throw new Error(`analysis failed: ${analysis.value.error}`);
    console.log(`Event: ${source}, ${articles.length} outlets`);
    console.log(`runAnalysis: ${analysis.ms.toFixed(0)} ms`);

    const { render } = (await vite.ssrLoadModule('svelte/server')) as typeof import('svelte/server');
    const EventDashboard = (await vite.ssrLoadModule('/src/lib/charts/EventDashboard.svelte')).default;
    const EventOverview = (await vite.ssrLoadModule('/src/lib/charts/EventOverview.svelte')).default;
    const url = new URL(`http://localhost/events/${eventId}`);

    const renderPage = () => {
      const { overview, charts } = loadEventDashboard(db, eventId, url)!;
      const html = render(EventDashboard, { props: { dashboard: { overview, charts }, url } }).body;
      return { html, json: JSON.stringify({ overview, charts }) };
    };
    renderPage(); // warm-up: prepared statements, JIT
    const timings: number[] = [];
    let page = renderPage();
    for (let i = 0; i < 10; i++) {
      const t = time(renderPage);
      timings.push(t.ms);
      page = t.value;
    }
    const pageMs = median(timings);
    const loadMs = median(
      Array.from({ length: 5 }, () => time(() => loadEventDashboard(db, eventId, url)).ms)
    );
    const latestMs = median(Array.from({ length: 5 }, () => time(() => latestAnalysis(db, eventId)).ms));
    if (process.env.BENCH_DUMP) {
      writeFileSync(process.env.BENCH_DUMP, page.html);
      writeFileSync(`${process.env.BENCH_DUMP}.json`, page.json);
    }
    // What is shipped: the server (scripts/serve.js) compresses responses, so the target applies to the
    // gzipped HTML plus data; the raw sizes are printed beside it.
    const rawKb = (Buffer.byteLength(page.html) + Buffer.byteLength(page.json)) / 1024;
    const sizeKb = (gzipSync(page.html).byteLength + gzipSync(page.json).byteLength) / 1024;
    const data = loadEventDashboard(db, eventId, url)!.overview;
    console.log(
      `Event page (load + render, median of 10): ${pageMs.toFixed(1)} ms (target < ${PAGE_TARGET_MS} ms); ` +
        `facts ${data.figures.facts}, rows shown ${data.coverage.rows.length}; of which loading the stored ` +
        `analysis ${latestMs.toFixed(1)} ms, whole load ${loadMs.toFixed(1)} ms`
    );
    console.log(
      `Shipped (gzip) ${sizeKb.toFixed(0)} KB (target < ${SIZE_TARGET_KB} KB); raw: HTML ` +
        `${(Buffer.byteLength(page.html) / 1024).toFixed(0)} KB + data ${(Buffer.byteLength(page.json) / 1024).toFixed(0)} KB = ` +
        `${rawKb.toFixed(0)} KB`
    );
    failed ||= pageMs > PAGE_TARGET_MS || sizeKb > SIZE_TARGET_KB;

    // Layout with 1,000 facts: the analysis is generated (same shapes as the engine's).
    const big = fixtureEvent({ outlets: OUTLETS, facts: 1000 });
    const bigResult = fixtureAnalyze(big);
    const bigArticles = big.articles.map((a) => ({
      id: a.id,
      outlet: a.outlet,
      title: a.title ?? '',
      published: a.published ?? null,
      url: null
    }));
    for (const query of ['', 'rows=all']) {
      const params = new URLSearchParams(query);
      buildEventOverview(1, bigResult, bigArticles, params);
      const layout = median(
        Array.from({ length: 5 }, () => time(() => buildEventOverview(1, bigResult, bigArticles, params)).ms)
      );
      const model = buildEventOverview(1, bigResult, bigArticles, params);
      const rendered = time(() => render(EventOverview, { props: { overview: model, url } }).body);
      console.log(
        `1,000 facts × ${OUTLETS} outlets${query ? ` (?${query})` : ''}: layout ${layout.toFixed(1)} ms, ` +
          `render ${rendered.ms.toFixed(0)} ms, HTML ${(Buffer.byteLength(rendered.value) / 1024).toFixed(0)} KB`
      );
    }
  } finally {
    await vite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (failed) {
    console.log('Dashboard benchmark: a target was missed.');
    process.exitCode = 1;
  }
}

await main();
