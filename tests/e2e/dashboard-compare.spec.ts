import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
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
 * fact, (claims of the left article) × (claims of the right article), real claims only.
 */
function alignedPairsInDb(columnArticles: number[]): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    const run = db
      .prepare("SELECT id FROM analysis_runs WHERE event_id = ? AND state = 'done' ORDER BY id DESC LIMIT 1")
      .get(eventId) as { id: number };
    const rows = db
      .prepare(
        `SELECT gc.fact_id AS g, c.article_id AS a, count(*) AS n
         FROM fact_claims gc JOIN claims c ON c.id = gc.claim_id
         WHERE c.run_id = ? AND c.kind = 'claim' GROUP BY gc.fact_id, c.article_id`
      )
      .all(run.id) as { g: number; a: number; n: number }[];
    const count = (g: number, a: number) => rows.find((r) => r.g === g && r.a === a)?.n ?? 0;
    const facts = [...new Set(rows.map((r) => r.g))];
    let pairs = 0;
    for (let i = 0; i + 1 < columnArticles.length; i++)
      for (const g of facts) pairs += count(g, columnArticles[i]) * count(g, columnArticles[i + 1]);
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

/**
 * Resolves once the page has handled the scroll events of a scroll just made: they are dispatched before the next
 * frame is drawn, so two animation frames later every handler has run.
 */
async function afterScrollHandled(page: Page) {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))))
  );
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  ).toEqual([]);
}

test('the outlet picker sets the outlets in the URL', async ({ page }) => {
  // The event page links side by side to the pair that differs most; the bare picker ticks the same pair.
  await page.goto(`/events/${eventId}`);
  const link = page.getByRole('link', { name: 'Read outlets side by side' });
  const suggested = new URL((await link.getAttribute('href'))!, page.url()).searchParams
    .get('outlets')!
    .split(',');
  expect(suggested).toHaveLength(2);
  await page.goto(`/events/${eventId}/compare`);
  await expect(page.locator('[data-chart="alignment-ribbons"]')).toHaveCount(0);
  const picker = page.locator('[data-outlet-picker]');
  for (const outlet of OUTLETS) await expect(picker.getByLabel(outlet)).toBeVisible();
  for (const outlet of OUTLETS)
    if (suggested.includes(outlet)) await expect(picker.getByLabel(outlet)).toBeChecked();
    else await expect(picker.getByLabel(outlet)).not.toBeChecked();
  await expect(page.locator('[data-compare-suggestion]')).toBeVisible();
  for (const outlet of OUTLETS) await picker.getByLabel(outlet).uncheck();
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
    await expect(page.locator('[data-chart="alignment-ribbons"] path[data-fact]')).toHaveCount(expected);
    await expect(page.locator('[data-pair-row]')).toHaveCount(expected);
    // Each ribbon links two claims that are on the page, one in each neighbouring column.
    for (const ribbon of await page.locator('path[data-fact]').all()) {
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
  const ribbon = page.locator('path[data-fact]:not(.offscreen)').first();
  const [left] = (await ribbon.getAttribute('data-claims'))!.split(' ');
  await page.locator(`[data-column="0"] [data-claim="${left}"]`).hover();
  const own = page.locator(`path[data-claims^="${left} "]`);
  expect(await own.count()).toBeGreaterThan(0);
  for (const r of await own.all()) await expect(r).toHaveClass(/active/);
  const others = (await page.locator('path[data-fact]').count()) - (await own.count());
  await expect(page.locator('path[data-fact].dimmed')).toHaveCount(others);
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
  await afterScrollHandled(page);
  expect(await left.evaluate((el) => el.scrollTop)).toBeGreaterThan(50);
  expect(await right.evaluate((el) => el.scrollTop)).toBeLessThan(5);
});

test('the compare page passes axe, with and without a selection', async ({ page }) => {
  await page.goto(`/events/${eventId}/compare`);
  await expectNoSeriousAxeViolations(page);
  await page.goto(compareUrl(OUTLETS));
  await ribbonsReady(page);
  await expectNoSeriousAxeViolations(page);
});

test('scrolling any column moves every other column, three columns', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 560 });
  await page.goto(compareUrl(OUTLETS));
  await ribbonsReady(page);
  const columns = page.locator('[data-column]');
  await expect(columns).toHaveCount(3);
  const positions = () =>
    columns.evaluateAll((els) =>
      els.map((el) => ({ top: el.scrollTop, max: el.scrollHeight - el.clientHeight }))
    );
  for (const p of await positions()) expect(p.max, 'every column scrolls').toBeGreaterThan(50);
  // To the end of the first column: every column is at its end.
  await columns.nth(0).evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect.poll(async () => (await positions()).every((p) => p.top >= p.max - 2)).toBe(true);
  // Back to the top of the last one: every column is at its top.
  await columns.nth(2).evaluate((el) => (el.scrollTop = 0));
  await expect.poll(async () => (await positions()).every((p) => p.top < 5)).toBe(true);
  // The middle of the middle column: the others leave their top too.
  await columns.nth(1).evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) / 2));
  await expect.poll(async () => (await positions()).every((p) => p.top > 5)).toBe(true);
});

test('left and right arrows move to the aligned claim in the next column', async ({ page }) => {
  await page.goto(compareUrl(['Northern Wire', 'Harbour Times']));
  await ribbonsReady(page);
  const pairs = await page
    .locator('path[data-fact]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-claims')!.split(' ')));
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        claim: el?.dataset.claim ?? null,
        column: el?.closest('[data-column]')?.getAttribute('data-column')
      };
    });
  // From the first claim of the left column, down to the first claim with a ribbon, then across.
  await page.locator('[data-column="0"]').focus();
  const withRibbon = new Set(pairs.map(([left]) => left));
  let at = await focused();
  for (let i = 0; i < 40 && !withRibbon.has(at.claim ?? ''); i++) {
    await page.keyboard.press('ArrowDown');
    at = await focused();
  }
  expect(withRibbon.has(at.claim!), 'reached an aligned claim with the down arrow').toBe(true);
  const from = at.claim!;
  await page.keyboard.press('ArrowRight');
  const right = await focused();
  expect(right.column).toBe('1');
  // The first of its aligned claims in reading order.
  const partners = pairs.filter(([l]) => l === from).map(([, r]) => r);
  const order = await page
    .locator('[data-column="1"] [data-claim]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.claim!));
  expect(right.claim).toBe(order.find((id) => partners.includes(id)));
  await page.keyboard.press('ArrowLeft');
  const back = await focused();
  expect(back.column).toBe('0');
  expect(pairs.some(([l, r]) => l === back.claim && r === right.claim)).toBe(true);
});

test("the aligned-claims table quotes each outlet's wording", async ({ page }) => {
  await page.goto(compareUrl(OUTLETS));
  await ribbonsReady(page);
  await page.locator('.pairs-table summary').click();
  const pairs = await page
    .locator('path[data-fact]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-claims')!.split(' ')));
  const rows = page.locator('[data-pair-row]');
  await expect(rows).toHaveCount(pairs.length);
  // The wording of a claim as the column shows it, without the status decorations.
  const wording = (id: string) =>
    page.locator(`[data-column] [data-claim="${id}"]`).evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy
        .querySelectorAll('[aria-hidden="true"], .visually-hidden, [data-elsewhere], .badge')
        .forEach((n) => n.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
  for (const [k, [left, right]] of pairs.entries()) {
    const row = rows.nth(k);
    await expect(row.locator('[data-pair-side="left"]')).toContainText(await wording(left));
    await expect(row.locator('[data-pair-side="right"]')).toContainText(await wording(right));
  }
});

test('a ✓ points at a column on screen, or says which outlet off screen reports the fact', async ({
  page
}) => {
  await page.goto(compareUrl(['Northern Wire', 'Harbour Times']));
  await ribbonsReady(page);
  const linked = new Set(
    (
      await page
        .locator('path[data-fact]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-claims')!.split(' ')))
    ).flat()
  );
  const marked = await page.locator('[data-column] [data-claim]:has(.glyph)').evaluateAll((els) =>
    els.map((el) => ({
      claim: (el as HTMLElement).dataset.claim!,
      where: el.querySelector('[data-elsewhere]')?.textContent ?? null
    }))
  );
  expect(marked.length).toBeGreaterThan(0);
  for (const m of marked) {
    if (linked.has(m.claim)) expect(m.where, `${m.claim} has a ribbon to the other column`).toBeNull();
    else
      expect(m.where, `${m.claim} is reported off screen`).toMatch(
        /^(also in|partly also in|differs from) Valley Radio$/
      );
  }
  // Some facts of these two columns only Valley Radio (not on screen) also reports.
  expect(marked.filter((m) => m.where).length).toBeGreaterThan(0);
});

/** The correction panel covers no column, no column is cut off, and every control fits inside the panel. */
async function expectPanelFits(page: Page) {
  const panel = page.locator('[data-compare-corrections]');
  await expect(panel).toHaveCount(1);
  const layout = await page.evaluate(() => {
    const box = (el: Element) => el.getBoundingClientRect();
    const panel = document.querySelector('[data-compare-corrections]')!;
    const scroller = document.querySelector('.grid-scroll')!;
    return {
      viewport: window.innerWidth,
      panel: box(panel),
      panelOverflow: panel.scrollWidth - panel.clientWidth,
      panelScrollLeft: panel.scrollLeft,
      columnsOverflow: scroller.scrollWidth - scroller.clientWidth,
      columns: [...document.querySelectorAll('[data-column]')].map(box),
      controls: [...panel.querySelectorAll('summary, label, button, select, input:not([type=hidden]), h2, a')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({
          text: (el.textContent ?? el.getAttribute('name') ?? '').trim().slice(0, 40),
          box: box(el),
          // A select shows its chosen option shortened, as every select does; its box must still fit.
          clipped:
            el.tagName !== 'SELECT' &&
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).display !== 'inline'
        }))
    };
  });
  const { panel: p } = layout;
  expect(p.right, 'the panel is inside the window').toBeLessThanOrEqual(layout.viewport + 1);
  expect(layout.panelOverflow, 'nothing in the panel is wider than the panel').toBeLessThanOrEqual(0);
  expect(layout.panelScrollLeft).toBe(0);
  // On a phone the columns scroll sideways in their own box (and the panel follows them); wider, they show whole.
  if (layout.viewport >= 1120)
    expect(layout.columnsOverflow, 'every column shows whole').toBeLessThanOrEqual(1);
  for (const c of layout.columns) {
    const overlaps = c.left < p.right && p.left < c.right && c.top < p.bottom && p.top < c.bottom;
    expect(overlaps, 'the panel covers no column').toBe(false);
    if (layout.viewport >= 1120) expect(c.right).toBeLessThanOrEqual(p.left);
  }
  for (const c of layout.controls) {
    expect(c.box.left, `“${c.text}” starts inside the panel`).toBeGreaterThanOrEqual(p.left - 1);
    expect(c.box.right, `“${c.text}” ends inside the panel`).toBeLessThanOrEqual(p.right + 1);
    expect(c.clipped, `“${c.text}” is not cut off`).toBe(false);
  }
}

for (const width of [390, 1280, 1920])
  for (const outlets of [OUTLETS.slice(0, 2), OUTLETS])
    test(`the correction panel covers no column and fits its labels, before and after a save: ${width} px, ${outlets.length} columns`, async ({
      page
    }) => {
      // Its own copy of the event: the saves change the analysis the other tests read.
      const panelEvent = seedEventThroughApp(dbPath, {
        ...RIVERTON_EVENT,
        event: { title: 'Riverton floods (correction panel e2e)' }
      });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/events/${panelEvent}/compare?${new URLSearchParams({ outlets: outlets.join(',') })}`);
      await ribbonsReady(page);
      // The first claims of two columns: moving one to the other's fact, or out of it when it is there already
      // (the form's default then), is a save either way.
      const claim =
        ':is([data-status="same"], [data-status="partial"], [data-status="differ"], [data-status="single"])';
      await page.locator(`[data-column="1"] [data-claim]${claim}`).first().click();
      await expect(page).toHaveURL(/claim=/);
      await page.locator(`[data-column="0"] [data-claim]${claim}`).first().click();
      await expect(page).toHaveURL(/with=/);
      const panel = page.locator('[data-compare-corrections]');
      await expect(panel.locator('[data-with-ref]')).toBeVisible();
      await expectPanelFits(page);
      const move = panel.locator('[data-correction="move"]');
      await move.getByLabel(/Your name/).fill('Panel tester');
      await move.getByRole('button', { name: 'Move claim' }).click();
      await expect(move.getByRole('status')).toHaveText(/Saved/);
      await expectPanelFits(page);
      await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
      await expect(panel.locator('details[data-section="move"]')).toHaveAttribute('open', '');
    });

for (const width of [390, 1280, 1920])
  test(`side by side looks as it did: ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await page.goto(compareUrl(OUTLETS));
    await ribbonsReady(page);
    await expect(page).toHaveScreenshot(`compare-${width}.png`, { fullPage: true });
  });
