import { defineConfig, devices } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Which Chromium to drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE if set, else Debian's /usr/bin/chromium, else
 * Playwright's own download. With none of them, stop with a message that says how to get one.
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let own = '';
  try {
    own = chromium.executablePath();
  } catch {
    own = '';
  }
  if (own && existsSync(own)) return undefined;
  throw new Error(
    'No Chromium for the end-to-end tests. Install one: `apt-get install -y chromium` (Debian/Ubuntu), ' +
      '`npx playwright install chromium`, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary.'
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The server runs from a private copy of build/, so a rebuild while tests run (or two test runs at once on one
 * checkout) cannot swap the code under a running server. Copies of finished runs are removed.
 */
function privateBuild(): string {
  const runs = resolve('.e2e');
  if (existsSync(runs)) {
    for (const pid of readdirSync(runs))
      if (!isAlive(Number(pid))) rmSync(join(runs, pid), { recursive: true, force: true });
  }
  const dir = join(runs, String(process.pid), 'build');
  if (!existsSync(resolve('build', 'index.js')))
    throw new Error('No build/ to test: run `npm run build` first.');
  cpSync(resolve('build'), dir, { recursive: true });
  return dir;
}

const executablePath = chromiumExecutable();
// Playwright loads this file again in each worker: values chosen once are passed on through the environment.
process.env.PARALLAX_E2E_PORT ??= String(4200 + (process.pid % 700));
const port = Number(process.env.PARALLAX_E2E_PORT);
// The URL-import specs fetch from fixture sites on 127.0.0.1, which a plain start refuses (private addresses):
// they get a second server with that one switch, on its own port and database.
const fetchPort = port + 700;
const FETCH_SPECS = /(addArticles|badInput)\.spec\.ts$/;
// Every run gets a fresh database, so tests see only what they create (plus the demo seed).
const dbDir = (process.env.PARALLAX_E2E_DB_DIR ??= mkdtempSync(join(tmpdir(), 'parallax-e2e-')));
const buildDir = (process.env.PARALLAX_E2E_BUILD_DIR ??= privateBuild());
// Traces and screenshots of failures, per run, so two runs on one checkout do not clear each other's.
const outputDir = (process.env.PARALLAX_E2E_OUTPUT_DIR ??= join('test-results', String(process.pid)));

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Screenshot tests compare with the committed images in tests/e2e/__screenshots__ (made here, with Debian's
  // chromium and its fonts: `npx playwright test --update-snapshots <spec>` after a deliberate change of look).
  // Fixed viewport per test, animations stopped, caret hidden; a small share of pixels may differ (antialiasing).
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  expect: {
    toHaveScreenshot: { maxDiffPixelRatio: 0.005, animations: 'disabled', caret: 'hide', scale: 'css' }
  },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    }
  },
  projects: [
    {
      // Parallax exactly as the README starts it (`npm start`), at the address it prints.
      name: 'chromium',
      testIgnore: FETCH_SPECS,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${port}` }
    },
    {
      name: 'url-import',
      testMatch: FETCH_SPECS,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${fetchPort}` }
    }
  ],
  webServer: [
    {
      // No ORIGIN, no HOST: only where to listen and a throw-away database, as a person would run it.
      command: 'npm start',
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { PORT: String(port), PARALLAX_DB: join(dbDir, 'e2e.sqlite') }
    },
    {
      command: 'node scripts/serve.js',
      url: `http://127.0.0.1:${fetchPort}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(fetchPort),
        HOST: '127.0.0.1',
        PARALLAX_DB: join(dbDir, 'url-import.sqlite'),
        PARALLAX_BUILD_DIR: buildDir,
        // The fixture sites run on 127.0.0.1, and the timeout case should not take 10 s.
        PARALLAX_FETCH_PRIVATE: '1',
        PARALLAX_FETCH_TIMEOUT_MS: '3000'
      }
    }
  ]
});
