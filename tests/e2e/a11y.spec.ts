import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';

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

for (const route of ROUTES) {
  test(`axe: ${route}`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator('h1').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    ).toEqual([]);
  });
}
