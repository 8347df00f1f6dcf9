import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import { fixtureEvent } from '../fixtures/analysisFixture';
import { importEventThroughCli } from './helpers';

// The event overview (/events/[id]): an event is imported with the real CLI into the
// server's database, the page queues its analysis and polls until it is done, and every chart's marks are
// counted against the stored run read straight from the same SQLite file.

const root = resolve(import.meta.dirname, '../..');
const dbPath = join(process.env.PARALLAX_E2E_DB_DIR!, 'e2e.sqlite');
const ecbTopic = resolve(root, '../shared/data/ecbplus/1');
let eventId = 0;

/** Six articles: ECB+ topic 1 (a training topic) when ../shared is there, generated texts otherwise. */
function eventInput(title: string) {
  if (!existsSync(ecbTopic)) {
    console.log('dashboard-overview: ../shared/data/ecbplus is absent, using generated articles.');
    return { ...fixtureEvent({ outlets: 6, facts: 12 }), event: { title } };
  }
  const files = readdirSync(ecbTopic)
    .filter((f) => /ecbplus\.xml$/.test(f))
    .sort()
    .slice(0, 6);
  return {
    event: { title },
    articles: files.map((file, i) => {
      const doc = parseEcbDocument(readFileSync(join(ecbTopic, file), 'utf8'), file.replace(/\.xml$/, ''));
      return { id: doc.name, outlet: `Outlet ${String.fromCharCode(65 + i)}`, text: doc.text };
    })
  };
}

function importThroughCli(): number {
  return importEventThroughCli(eventInput(`Overview e2e ${Date.now()}`));
}

interface DbCounts {
  facts: number;
  reportedCells: number;
  pairsSharing: number;
  omissions: number;
  discrepancies: number;
  outlets: number;
}

/** What the latest done run of the event holds, counted the way the charts define their marks. */
function dbCounts(): DbCounts {
  const db = new Database(dbPath, { readonly: true });
  try {
    const run = db
      .prepare(
        "SELECT id, summary FROM analysis_runs WHERE event_id = ? AND state = 'done' ORDER BY id DESC LIMIT 1"
      )
      .get(eventId) as { id: number; summary: string };
    const count = (sql: string) => (db.prepare(sql).get(run.id) as { n: number }).n;
    const facts = db
      .prepare('SELECT engine_id FROM facts WHERE run_id = ? AND non_claim = 0')
      .all(run.id) as { engine_id: string }[];
    const factIds = new Set(facts.map((f) => f.engine_id));
    const summary = JSON.parse(run.summary) as {
      outlets: { outlet: string; omissions: { fact: string }[] }[];
      agreement: { shared: number }[];
    };
    return {
      facts: facts.length,
      reportedCells: count(`SELECT count(*) AS n FROM fact_verdicts v JOIN facts g ON g.id = v.fact_id
        WHERE g.run_id = ? AND g.non_claim = 0 AND v.verdict <> 'absent'`),
      discrepancies: count(`SELECT count(*) AS n FROM discrepancies d JOIN facts g ON g.id = d.fact_id
        WHERE g.run_id = ? AND g.non_claim = 0`),
      pairsSharing: summary.agreement.filter((p) => p.shared > 0).length,
      omissions: summary.outlets.reduce(
        (n, o) => n + o.omissions.filter((m) => factIds.has(m.fact)).length,
        0
      ),
      outlets: summary.outlets.length
    };
  } finally {
    db.close();
  }
}

async function openOverview(page: Page, query = ''): Promise<void> {
  await page.goto(`/events/${eventId}${query}`);
  await expect(page.locator('[data-chart="coverage-matrix"]')).toBeVisible({ timeout: 90_000 });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  eventId = importThroughCli();
});

test('the page queues the analysis, shows its progress and then the charts', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/events/${eventId}`);
  // Either still analyzing (progress line) or already finished: the charts appear without a manual reload.
  await expect(page.locator('.analysis-status')).toBeVisible();
  await expect(page.locator('[data-chart="coverage-matrix"]')).toBeVisible({ timeout: 150_000 });
  await expect(page.locator('.analysis-status')).toHaveAttribute('data-state', 'done');
  const status = await (await page.request.get(`/events/${eventId}/analysis`)).json();
  expect(status).toMatchObject({ state: 'done', articlesAnalyzed: 6, articlesTotal: 6 });
});

test('"Analyze again" with nothing changed since the last run says so', async ({ page }) => {
  await openOverview(page);
  const again = page.getByTestId('analyze-again');
  await expect(again).toBeEmpty();
  await page.getByRole('button', { name: 'Analyze again' }).click();
  await expect(again).toHaveText(
    /^Nothing changed since the last analysis \(.+\): the charts are up to date\.$/,
    {
      timeout: 30_000
    }
  );
  await expect(page.getByRole('button', { name: 'Analyze again' })).toBeEnabled();
});

test('mark counts equal the stored analysis', async ({ page }) => {
  const db = dbCounts();
  await openOverview(page, '?rows=all&omissions=all&discrepancies=all');
  const chart = (name: string) => page.locator(`[data-chart="${name}"]`);
  await expect(chart('coverage-matrix').locator('g[data-fact]')).toHaveCount(db.facts);
  await expect(chart('coverage-matrix').locator('rect[data-outlet][data-verdict]')).toHaveCount(
    db.reportedCells
  );
  await expect(chart('agreement-matrix').locator('rect[data-a][data-b]')).toHaveCount(db.pairsSharing);
  await expect(chart('omissions').locator('rect[data-outlet][data-fact]')).toHaveCount(db.omissions);
  await expect(chart('discrepancies').locator('tr[data-fact][data-type]')).toHaveCount(db.discrepancies);
  await expect(page.locator('[data-figure="facts"] .value')).toHaveText(String(db.facts));
  await expect(page.locator('[data-figure="outlets"] .value')).toHaveText(String(db.outlets));
  expect(db.facts, 'the engine found facts in six articles').toBeGreaterThan(0);
});

/** Reported-cell counts of the coverage rows, top to bottom. */
async function rowReportCounts(page: Page): Promise<number[]> {
  return page
    .locator('[data-chart="coverage-matrix"] g[data-fact]')
    .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('rect[data-outlet]').length));
}

test('rows sort from the URL and from the control', async ({ page }) => {
  await openOverview(page, '?sort=single&rows=all');
  const single = await rowReportCounts(page);
  expect(single).toEqual([...single].sort((a, b) => a - b));
  await expect(page.getByLabel('Sort')).toHaveValue('single');

  await page.getByLabel('Sort').selectOption('reported');
  await expect(page).toHaveURL(/sort=reported/);
  await expect(page).toHaveURL(/rows=all/);
  await expect.poll(async () => rowReportCounts(page)).toEqual([...single].sort((a, b) => b - a));
});

test('focusing a cell shows the outlet’s wording; arrow keys move between cells', async ({ page }) => {
  await openOverview(page);
  const first = page.locator('[data-chart="coverage-matrix"] rect[role="gridcell"][tabindex="0"]');
  await expect(first).toHaveCount(1);
  const outlet = (await first.getAttribute('data-outlet'))!;
  const fact = (await first.locator('xpath=..').getAttribute('data-fact'))!;
  await first.focus();
  const tooltip = page.locator('#coverage-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(outlet);
  const wording = ((await tooltip.textContent()) ?? '').match(/“(.+)”/)?.[1] ?? '';
  const db = new Database(dbPath, { readonly: true });
  const texts = db
    .prepare(
      `SELECT c.text FROM facts g JOIN fact_claims gc ON gc.fact_id = g.id JOIN claims c ON c.id = gc.claim_id
       WHERE g.run_id = (SELECT max(id) FROM analysis_runs WHERE event_id = ? AND state = 'done') AND g.engine_id = ?`
    )
    .all(eventId, fact) as { text: string }[];
  db.close();
  const shown = wording.replace(/…$/, '');
  expect(shown.length).toBeGreaterThan(0);
  expect(texts.some((t) => t.text.replace(/\s+/g, ' ').startsWith(shown))).toBe(true);

  await page.keyboard.press('ArrowDown');
  const focused = page.locator('[data-chart="coverage-matrix"] rect:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toHaveAttribute('tabindex', '0');
});

test('exports hold the claim matrix and the discrepancies', async ({ page }) => {
  const db = dbCounts();
  const csv = await page.request.get(`/events/${eventId}/export/claims.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(csv.headers()['content-disposition']).toBe(`attachment; filename="event-${eventId}-claims.csv"`);
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toBe(
    'fact_id,fact_label,fact_verdict,outlet,verdict,claim_id,article_id,start,end,certainty,wording'
  );
  const json = await (await page.request.get(`/events/${eventId}/export/claims.json`)).json();
  expect(json.event.id).toBe(eventId);
  expect(json.claims).toHaveLength(db.facts * db.outlets);
  expect(json.claims.filter((r: { verdict: string }) => r.verdict !== 'absent')).toHaveLength(
    db.reportedCells
  );
  // CSV records = JSON rows (fields with newlines are quoted, so count records by parsing).
  expect(parseCsv(text).length - 1).toBe(json.claims.length);

  const discrepancies = await (await page.request.get(`/events/${eventId}/export/discrepancies.json`)).json();
  expect(discrepancies.discrepancies).toHaveLength(db.discrepancies);
  const dcsv = await page.request.get(`/events/${eventId}/export/discrepancies.csv`);
  expect(parseCsv(await dcsv.text()).length - 1).toBe(db.discrepancies);
});

/** A minimal RFC 4180 reader for the test (records of fields). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (record.push(field), (field = ''));
    else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      ((record = []), (field = ''), i++);
    } else field += ch;
  }
  return records;
}

test('no serious accessibility violations at three widths', async ({ page }) => {
  test.setTimeout(180_000);
  for (const width of [390, 1280, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await openOverview(page);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

for (const width of [390, 1280, 1920])
  test(`the event page looks as it did: ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 1000 });
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await openOverview(page);
    // The run's time and the event's title (made unique per run) change with every run: masked.
    const mask = [page.locator('time'), page.locator('.analysis-status'), page.locator('h1')];
    await expect(page).toHaveScreenshot(`event-${width}.png`, { fullPage: true, mask });
    for (const chart of ['coverage-matrix', 'omissions'])
      await expect(page.locator(`[data-chart="${chart}"]`)).toHaveScreenshot(`event-${chart}-${width}.png`);
  });
