import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { RIVERTON_EVENT, seedEventThroughApp } from '../fixtures/analysisFixtureB';

// Every page route, on the demo event (seeded and analyzed at start): no serious or critical axe violations.
// The dashboard, compare and fact pages are also checked on richer events in their own specs.
const ROUTES = [
  '/',
  '/events/new',
  '/events/1',
  '/events/1/add',
  '/events/1/add?tab=upload',
  '/events/1/add?tab=url',
  '/events/1/compare',
  '/events/1/history',
  '/events/1/corrections',
  '/articles/1',
  '/articles/1/edit',
  '/outlets',
  '/outlets/1',
  '/signin',
  '/no/such/page'
];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const route of ROUTES) {
  test(`axe: ${route}`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

const MAIN_PAGES = ['events', 'event', 'compare', 'fact', 'article', 'add', 'outlets'] as const;

/**
 * Where each main page is, on the three-outlet fixture event: the event list and page, side by side (the pair the
 * event page links to), its first fact, its first article, adding an article, the outlets.
 */
async function mainPage(page: Page, name: (typeof MAIN_PAGES)[number]): Promise<string> {
  const id = seedEventThroughApp(join(process.env.PARALLAX_E2E_DB_DIR!, 'e2e.sqlite'), RIVERTON_EVENT);
  const linked = async (selector: string) => {
    await page.goto(`/events/${id}`);
    const href = await page.locator(selector).first().getAttribute('href');
    expect(href, `the event page links to ${selector}`).toBeTruthy();
    return href!;
  };
  switch (name) {
    case 'events':
      return '/';
    case 'event':
      return `/events/${id}`;
    case 'compare':
      return linked(`a[href^="/events/${id}/compare?outlets="]`);
    case 'fact':
      return linked(`a[href^="/events/${id}/facts/"]`);
    case 'article':
      return linked('a[href^="/articles/"]');
    case 'add':
      return `/events/${id}/add`;
    case 'outlets':
      return '/outlets';
  }
}

/**
 * Found by this suite on pages outside the side-by-side view, left to the work on those pages (issue 10, charts):
 * these cases are skipped with the reason until it lands.
 */
const KNOWN: Record<string, string> = {};

// The main pages at a phone, a laptop and a wide screen, in the light and the dark colour scheme: axe finds no
// serious or critical violation (colour contrast included, so both schemes count), and at the phone's width
// nothing makes the page wider than the screen.
for (const name of MAIN_PAGES)
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [390, 1280, 1920]) {
      test(`${name} at ${width} px, ${scheme}: axe${width === 390 ? ', no sideways scrolling' : ''}`, async ({
        page
      }) => {
        const known = KNOWN[`${name} ${scheme}`];
        test.fixme(!!known, known);
        const url = await mainPage(page, name);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        await expect(page.locator('h1').first()).toBeVisible();
        if (name === 'compare')
          await expect(page.locator('[data-chart="alignment-ribbons"]')).toHaveAttribute(
            'data-measured',
            'true'
          );
        expect(await seriousViolations(page)).toEqual([]);
        if (width === 390) {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth
          );
          expect(overflow, 'the page is no wider than the screen').toBeLessThanOrEqual(0);
        }
      });
    }

// The "Left out by" chips on a fact page are hatched: in the dark scheme their text must read on the stripes.
test('the “Left out by” chips read in both colour schemes', async ({ page }) => {
  const id = seedEventThroughApp(join(process.env.PARALLAX_E2E_DB_DIR!, 'e2e.sqlite'), RIVERTON_EVENT);
  await page.goto(`/events/${id}`);
  const facts = await page
    .locator(`a[href^="/events/${id}/facts/"]`)
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  let checked = 0;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const href of facts) {
      await page.goto(href);
      const chip = page.locator('[data-absent-outlet]').first();
      if ((await chip.count()) === 0) continue;
      const { text, stripe } = await chip.evaluate((li) => {
        const style = getComputedStyle(li);
        return { text: style.color, stripe: style.backgroundImage.match(/rgba?\([^)]*\)/)![0] };
      });
      const luminance = (css: string) => {
        const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [hi, lo] = [luminance(text), luminance(stripe)].sort((x, y) => y - x);
      expect((hi + 0.05) / (lo + 0.05), `${scheme}: ${text} on ${stripe}`).toBeGreaterThanOrEqual(4.5);
      checked++;
      break;
    }
  }
  expect(checked, 'a fact some outlet leaves out, in each scheme').toBe(2);
});

// On a phone: a chart wider than the screen says it scrolls, and the discrepancy table keeps both values on it.
test('at 390 px, charts that scroll say so and discrepancy values stay on screen', async ({ page }) => {
  const url = await mainPage(page, 'event');
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const charts = page.locator('section[data-chart]');
  const count = await charts.count();
  expect(count).toBeGreaterThan(0);
  let scrolling = 0;
  for (let i = 0; i < count; i++) {
    const chart = charts.nth(i);
    const wide = await chart
      .locator('.scroll')
      .first()
      .evaluate((el) => el.scrollWidth - el.clientWidth > 24);
    if (wide) scrolling++;
    await expect(chart.locator('[data-scroll-hint]')).toHaveCount(wide ? 1 : 0);
  }
  expect(scrolling, 'the timeline at least is wider than a phone').toBeGreaterThan(0);
  const values = page.locator('[data-chart="discrepancies"] mark');
  expect(await values.count(), 'the fixture event has discrepancies').toBeGreaterThan(0);
  for (const box of await values.evaluateAll((marks) => marks.map((m) => m.getBoundingClientRect().right)))
    expect(box).toBeLessThanOrEqual(390);
});
