import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RIVERTON_EVENT, seedEventThroughApp } from '../fixtures/analysisFixtureB';

const dbPath = join(process.env.PARALLAX_E2E_DB_DIR!, 'e2e.sqlite');
const OUTLETS = ['Harbour Times', 'Northern Wire', 'Valley Radio'];
let eventId = 0;

test.beforeAll(() => {
  eventId = seedEventThroughApp(dbPath, RIVERTON_EVENT);
});

/**
 * Aligned claim pairs between adjacent columns, straight from the latest done run in the database: for each
 * group, (claims of the left article) × (claims of the right article), real claims only.
 */
function alignedPairsInDb(columnArticles: number[]): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    const run = db
      .prepare("SELECT id FROM analysis_runs WHERE event_id = ? AND state = 'done' ORDER BY id DESC LIMIT 1")
      .get(eventId) as { id: number };
    const rows = db
      .prepare(
        `SELECT gc.group_id AS g, c.article_id AS a, count(*) AS n
         FROM group_claims gc JOIN claims c ON c.id = gc.claim_id
         WHERE c.run_id = ? AND c.kind = 'claim' GROUP BY gc.group_id, c.article_id`
      )
      .all(run.id) as { g: number; a: number; n: number }[];
    const count = (g: number, a: number) => rows.find((r) => r.g === g && r.a === a)?.n ?? 0;
    const groups = [...new Set(rows.map((r) => r.g))];
    let pairs = 0;
    for (let i = 0; i + 1 < columnArticles.length; i++)
      for (const g of groups) pairs += count(g, columnArticles[i]) * count(g, columnArticles[i + 1]);
    return pairs;
  } finally {
    db.close();
  }
}

function articleIdOf(outlet: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT a.id FROM articles a JOIN outlets o ON o.id = a.outlet_id
         WHERE a.event_id = ? AND o.name = ? ORDER BY a.id LIMIT 1`
      )
      .get(eventId, outlet) as { id: number };
    return row.id;
  } finally {
    db.close();
  }
}

function compareUrl(outlets: string[]): string {
  return `/events/${eventId}/compare?${new URLSearchParams({ outlets: outlets.join(',') })}`;
}

async function ribbonsReady(page: Page) {
  await expect(page.locator('[data-chart="alignment-ribbons"]')).toHaveAttribute('data-measured', 'true');
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  ).toEqual([]);
}

test('the outlet picker sets the outlets in the URL', async ({ page }) => {
  await page.goto(`/events/${eventId}/compare`);
  await expect(page.locator('[data-chart="alignment-ribbons"]')).toHaveCount(0);
  const picker = page.locator('[data-outlet-picker]');
  for (const outlet of OUTLETS) await expect(picker.getByLabel(outlet)).toBeVisible();
  await picker.getByLabel('Northern Wire').check();
  await picker.getByLabel('Valley Radio').check();
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/outlets=/);
  expect(new URL(page.url()).searchParams.get('outlets')).toBe('Northern Wire,Valley Radio');
  await expect(page.locator('[data-column-outlet]')).toHaveText(['Northern Wire', 'Valley Radio']);
  await ribbonsReady(page);
});

test('an unknown outlet gets a clear message listing the choices; one outlet asks for more', async ({
  page
}) => {
  await page.goto(compareUrl(['Northern Wire', 'Daily Nowhere']));
  const message = page.locator('[data-compare-message]');
  await expect(message).toContainText('“Daily Nowhere”');
  for (const outlet of OUTLETS) await expect(message).toContainText(outlet);
  await expect(page.locator('[data-outlet-picker]').getByLabel('Northern Wire')).toBeChecked();

  await page.goto(compareUrl(['Harbour Times']));
  await expect(page.locator('[data-compare-message]')).toContainText('Choose one or two more');
});

for (const outlets of [
  ['Northern Wire', 'Harbour Times'],
  ['Northern Wire', 'Harbour Times', 'Valley Radio'],
  ['Valley Radio', 'Northern Wire']
]) {
  test(`ribbons equal the aligned claim pairs in the database: ${outlets.join(' | ')}`, async ({ page }) => {
    await page.goto(compareUrl(outlets));
    await ribbonsReady(page);
    const expected = alignedPairsInDb(outlets.map(articleIdOf));
    expect(expected, 'the test event has aligned claims').toBeGreaterThan(0);
    await expect(page.locator('[data-chart="alignment-ribbons"] path[data-group]')).toHaveCount(expected);
    await expect(page.locator('[data-pair-row]')).toHaveCount(expected);
    // Each ribbon links two claims that are on the page, one in each neighbouring column.
    for (const ribbon of await page.locator('path[data-group]').all()) {
      const [left, right] = (await ribbon.getAttribute('data-claims'))!.split(' ');
      await expect(page.locator(`[data-column] [data-claim="${left}"]`)).toHaveCount(1);
      await expect(page.locator(`[data-column] [data-claim="${right}"]`)).toHaveCount(1);
    }
  });
}

test('differing values are marked and single-outlet claims say so', async ({ page }) => {
  await page.goto(compareUrl(['Northern Wire', 'Harbour Times']));
  await ribbonsReady(page);
  const marks = page.locator('[data-column] mark[data-discrepancy]');
  expect(await marks.count()).toBeGreaterThan(0);
  await expect(page.locator('[data-column="0"]')).toContainText('3,000');
  await expect(page.locator('[data-column] [data-status="single"]').first()).toContainText('only here');
  await expect(page.locator('[data-column] [data-status="non-claim"]').first()).toBeVisible();
});

test('hovering a claim brings out its ribbons and fades the others', async ({ page }) => {
  await page.goto(compareUrl(['Northern Wire', 'Harbour Times']));
  await ribbonsReady(page);
  const ribbon = page.locator('path[data-group]:not(.offscreen)').first();
  const [left] = (await ribbon.getAttribute('data-claims'))!.split(' ');
  await page.locator(`[data-column="0"] [data-claim="${left}"]`).hover();
  const own = page.locator(`path[data-claims^="${left} "]`);
  expect(await own.count()).toBeGreaterThan(0);
  for (const r of await own.all()) await expect(r).toHaveClass(/active/);
  const others = (await page.locator('path[data-group]').count()) - (await own.count());
  await expect(page.locator('path[data-group].dimmed')).toHaveCount(others);
});

test('scrolling one column moves the other to the aligned claim, unless sync is off', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 560 });
  await page.goto(compareUrl(['Northern Wire', 'Harbour Times']));
  await ribbonsReady(page);
  const left = page.locator('[data-column="0"]');
  const right = page.locator('[data-column="1"]');
  const scrollable = await left.evaluate((el) => el.scrollHeight > el.clientHeight + 50);
  expect(scrollable, 'the column is taller than its box').toBe(true);
  const before = await right.evaluate((el) => el.scrollTop);
  await left.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect.poll(() => right.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);

  await left.evaluate((el) => (el.scrollTop = 0));
  await expect.poll(() => right.evaluate((el) => el.scrollTop)).toBeLessThan(5);
  await page.getByLabel('Keep columns in step when scrolling').uncheck();
  await left.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page.waitForTimeout(300);
  expect(await right.evaluate((el) => el.scrollTop)).toBeLessThan(5);
});

test('the compare page passes axe, with and without a selection', async ({ page }) => {
  await page.goto(`/events/${eventId}/compare`);
  await expectNoSeriousAxeViolations(page);
  await page.goto(compareUrl(OUTLETS));
  await ribbonsReady(page);
  await expectNoSeriousAxeViolations(page);
});

test('compare screenshots at 390, 1280 and 1920 px', async ({ page }) => {
  mkdirSync('tests/e2e/screenshots', { recursive: true });
  for (const width of [390, 1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(compareUrl(OUTLETS));
    await ribbonsReady(page);
    await page.screenshot({ path: `tests/e2e/screenshots/compare-${width}.png`, fullPage: true });
  }
});
