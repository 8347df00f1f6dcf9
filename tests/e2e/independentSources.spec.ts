import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { paragraphs } from './helpers';

// Outlets of one owner counted as one independent source: three outlets report a bridge closure, two of them
// are given the same owner through the outlet form, and the event page's switch recounts the figures and charts
// over sources (and back). Outlet names carry a per-run tag: outlets are shared by every event of the database.

const tag = Date.now().toString(36);
const HERALD = `Northport Herald ${tag}`;
const STAR = `Evening Star ${tag}`;
const RADIO = `City Radio ${tag}`;
const COMBINED = `${STAR} + ${HERALD}`;

const ARTICLES = [
  {
    outlet: HERALD,
    text: paragraphs(
      'The Harbour Bridge in Northport was closed on Monday after engineers found cracks in two of its steel supports.',
      'About 40,000 vehicles cross the bridge every day, according to the city transport department.',
      'Mayor Ellen Voss said the repairs would cost at least 12 million dollars.',
      'The bridge was opened in 1962 and was last inspected in March.'
    )
  },
  {
    outlet: STAR,
    text: paragraphs(
      'Engineers who spotted cracks in two steel supports forced Northport’s Harbour Bridge to shut on Monday.',
      'Repairing the crossing will cost no less than 12 million dollars, Mayor Ellen Voss told reporters.',
      'Built in 1962, the bridge had its most recent inspection in March.',
      'Ferry companies are laying on additional sailings for commuters.'
    )
  },
  {
    outlet: RADIO,
    text: paragraphs(
      'Northport’s Harbour Bridge has been shut since Monday because of cracked steel supports.',
      'Some 40,000 vehicles use the bridge daily, the transport department said.',
      'Ferry operators said they would run extra sailings while the bridge stays closed.'
    )
  }
];

let eventId = 0;
const outletIds: Record<string, number> = {};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  const created = await request.post('/api/events', { data: { title: `Bridge closure ${tag}` } });
  eventId = (await created.json()).id;
  for (const article of ARTICLES) {
    const res = await request.post(`/api/events/${eventId}/articles`, { data: article });
    expect(res.status()).toBe(201);
    const body = await res.json();
    outletIds[article.outlet] = body.outlet.id;
  }
});

async function openEvent(page: Page, query = ''): Promise<void> {
  await page.goto(`/events/${eventId}${query}`);
  await expect(page.locator('[data-chart="coverage-matrix"]')).toBeVisible({ timeout: 120_000 });
}

const figure = async (page: Page, key: string) =>
  Number(await page.locator(`[data-figure="${key}"] .value`).textContent());

/** The outlets (or sources) reporting each coverage row. */
async function rowReporters(page: Page): Promise<string[][]> {
  return page
    .locator('[data-chart="coverage-matrix"] g[data-fact]')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('rect[data-outlet]')].map((c) => c.getAttribute('data-outlet')!))
    );
}

async function setOwner(page: Page, outlet: string, owner: string, stored = owner): Promise<void> {
  await page.goto(`/outlets/${outletIds[outlet]}`);
  const form = page.locator('form[action="?/edit"]');
  await form.getByLabel(/^Owner/).fill(owner);
  const author = form.getByLabel('Your name');
  if (await author.isVisible()) await author.fill('Ana Analyst');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('li[data-action="outlet.edit"]').first()).toContainText(stored);
  await page.reload();
  await expect(page.getByLabel(/^Owner/)).toHaveValue(stored);
}

test('with nothing to combine the switch is there and says so', async ({ page }) => {
  test.setTimeout(180_000);
  await openEvent(page);
  const control = page.getByLabel(/Count as one source/);
  await expect(control).toBeVisible();
  await expect(control).not.toBeChecked();
  await expect(page.getByTestId('nothing-combined')).toContainText('Nothing to combine');
});

test('two outlets of one owner count as one source, and back', async ({ page }) => {
  test.setTimeout(120_000);
  await setOwner(page, HERALD, 'Northport Media Group');
  // Owners match without case; runs of spaces are folded when stored.
  await setOwner(page, STAR, 'northport  media group', 'northport media group');
  await expect(page.getByTestId('same-owner')).toContainText(HERALD);

  await openEvent(page, '?rows=all');
  // Counting outlets: three columns; the explanation already names the pair.
  const byOutlet = {
    outlets: await figure(page, 'outlets'),
    single: await figure(page, 'single'),
    facts: await figure(page, 'facts'),
    rows: await rowReporters(page)
  };
  expect(byOutlet.outlets).toBe(3);
  const explanation = page.getByTestId('combined-sources');
  await expect(explanation.locator('li')).toHaveCount(1);
  await expect(explanation).toContainText(`${COMBINED}: same owner (Northport Media Group)`);
  // Facts that only the two sister outlets report: several outlets, but one source.
  const onlyPair = byOutlet.rows.filter(
    (r) => r.length === 2 && r.includes(HERALD) && r.includes(STAR)
  ).length;
  expect(onlyPair, 'the engine aligned facts only the sister outlets report').toBeGreaterThan(0);
  const pairCells = (cells: string[][]) => cells.flat().filter((o) => o === HERALD || o === STAR).length;

  await page.getByLabel(/Count as one source/).check();
  await expect(page).toHaveURL(/sources=independent/);
  await expect(page).toHaveURL(/rows=all/);
  await expect(page.locator('[data-figure="outlets"] dt')).toHaveText('independent sources');
  await expect(page.locator('[data-figure="outlets"] .value')).toHaveText('2');
  await expect(page.locator('[data-figure="single"] .value')).toHaveText(String(byOutlet.single + onlyPair));
  await expect(page.locator('[data-figure="facts"] .value')).toHaveText(String(byOutlet.facts));
  const bySource = await rowReporters(page);
  // Each row counts the pair once, under the source's name.
  expect(bySource.flat()).not.toContain(HERALD);
  expect(bySource.flat().filter((o) => o === COMBINED).length).toBe(
    byOutlet.rows.filter((r) => r.includes(HERALD) || r.includes(STAR)).length
  );
  expect(pairCells(byOutlet.rows)).toBeGreaterThan(0);
  // Agreement: one pair of sources at most (Radio and the group); omissions and shared facts name the source.
  await expect(page.locator('[data-chart="agreement-matrix"] rect[data-a][data-b]')).toHaveCount(
    byOutlet.rows.some((r) => r.includes(RADIO) && r.length > 1) ? 1 : 0
  );
  await expect(page.locator(`[data-chart="shared-facts"] g[data-set="${COMBINED}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-chart="shared-facts"] g[data-set="${HERALD}"]`)).toHaveCount(0);
  await expect(page.getByTestId('source-counting')).toContainText('Counting independent sources');
  await expect(page.locator('#agreement-matrix-title')).toHaveText('How often independent sources agree');

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  // The same state loads from the URL alone (no JavaScript needed to get there).
  await openEvent(page, '?rows=all&sources=independent');
  await expect(page.getByLabel(/Count as one source/)).toBeChecked();
  await expect(page.locator('[data-figure="outlets"] .value')).toHaveText('2');

  await page.getByLabel(/Count as one source/).uncheck();
  await expect(page).not.toHaveURL(/sources=/);
  await expect(page.locator('[data-figure="outlets"] dt')).toHaveText('outlets');
  await expect(page.locator('[data-figure="outlets"] .value')).toHaveText('3');
  await expect(page.locator('#agreement-matrix-title')).toHaveText('How often outlets agree');
  await expect(page.locator('[data-figure="single"] .value')).toHaveText(String(byOutlet.single));
  expect(await rowReporters(page)).toEqual(byOutlet.rows);
});
