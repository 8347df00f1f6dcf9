// The production server as the README starts it (scripts/serve.js over the build), on a temporary database
// without the demo, for the HTTP benchmarks (bench-ingest, bench-page). Killed and its database removed by stop().
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import { ecbplusAvailable, loadTopics, REPO_ROOT } from '../lib/ecbplusCorpus';

export interface BenchServer {
  base: string;
  /** JSON request; throws with the status and body on an error answer. */
  api(path: string, init?: RequestInit): Promise<any>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Exits with a message when the production build is missing (the benchmarks measure it, not the dev server). */
export function requireBuild(name: string): void {
  if (!existsSync(resolve(REPO_ROOT, 'build', 'handler.js'))) {
    console.log(`${name} needs the production build: run \`npm run build\` first.`);
    process.exit(1);
  }
}

export async function startBenchServer(portBase: number): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const port = portBase + (process.pid % 90);
  const base = `http://127.0.0.1:${port}`;
  // BENCH_PROF=DIR: the server writes a CPU profile of the whole run there when it stops (for finding hot spots).
  const server = spawn(
    'node',
    [
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROF] : []),
      'scripts/serve.js'
    ],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        PARALLAX_DB: join(dir, 'bench.sqlite'),
        PARALLAX_DEMO: '0'
      },
      stdio: ['ignore', 'ignore', 'inherit']
    }
  );
  const stop = async () => {
    server.kill('SIGTERM');
    if (server.exitCode === null) await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  };
  async function api(path: string, init?: RequestInit): Promise<any> {
    const response = await fetch(base + path, {
      ...init,
      headers: { 'content-type': 'application/json', ...init?.headers }
    });
    if (!response.ok)
      throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  }
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/api/events`);
      break;
    } catch {
      if (i > 600) {
        await stop();
        throw new Error('The server did not start.');
      }
      await sleep(100);
    }
  }
  return { base, api, stop };
}

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Waits until the event's latest analysis covers `articles` articles and is done (or failed). */
export async function analysisSettled(
  server: BenchServer,
  eventId: number,
  articles: number
): Promise<string> {
  for (;;) {
    const status = await server.api(`/events/${eventId}/analysis`);
    if ((status.state === 'done' || status.state === 'failed') && status.articlesTotal === articles)
      return status.state;
    await sleep(250);
  }
}

/**
 * The first `count` non-empty ECB+ documents (topics 1-45 in corpus order), or null after saying why the
 * benchmark `name` skips when the corpus is absent; exits when the production build is missing.
 */
export function benchDocuments(name: string, count: number): EcbDocument[] | null {
  if (!ecbplusAvailable()) {
    console.log(`${name} skipped: the ECB+ corpus is not at ../shared/data/ecbplus.`);
    return null;
  }
  requireBuild(name);
  return loadTopics(Array.from({ length: 45 }, (_, i) => i + 1))
    .filter((doc) => doc.text.trim().length > 0)
    .slice(0, count);
}

/** Adds one ECB+ document to an event through the API, as a client would (outlet from its URL's host). */
export async function postDocument(server: BenchServer, eventId: number, doc: EcbDocument): Promise<void> {
  await server.api(`/api/events/${eventId}/articles`, {
    method: 'POST',
    body: JSON.stringify({
      text: doc.text,
      title: doc.text.split('\n', 1)[0].slice(0, 150) || doc.name,
      outlet: doc.url ? new URL(doc.url).hostname.replace(/^www\./, '') : `ECB+ ${doc.name}`,
      ...(doc.url ? { url: doc.url } : {})
    })
  });
}
