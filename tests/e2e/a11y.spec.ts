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
const KNOWN: Record<string, string> = {
  'event dark': 'chart hints (ChartFigure .hint) are #5f6368 on the dark background: contrast 2.9:1'
};

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
