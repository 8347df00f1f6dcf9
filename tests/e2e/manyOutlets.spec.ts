import { test, expect } from '@playwright/test';
import { fixtureEvent } from '../fixtures/analysisFixture';
import { importEventThroughCli } from './helpers';

// An event with more outlets than the charts show at first (12 against 10): the page carries the ten outlets
// that report most, says so, and loads the rest when asked; each chart's data table is built when opened.

let eventId = 0;

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  eventId = importEventThroughCli({
    ...fixtureEvent({ outlets: 12, facts: 12 }),
    event: { title: `Twelve outlets ${Date.now()}` }
  });
});

const columns = '[data-chart="coverage-matrix"] g.columns text.outlet';

test('the charts show the ten outlets that report most, and all twelve on demand', async ({ page }) => {
  await page.goto(`/events/${eventId}`);
  await expect(page.locator('[data-chart="coverage-matrix"]')).toBeVisible({ timeout: 90_000 });
  const notice = page.locator('[data-outlets-shown]');
  await expect(notice).toHaveAttribute('data-outlets-shown', '10');
  await expect(notice).toContainText('of 12');
  await expect(page.locator(columns)).toHaveCount(10);
  await expect(page.locator('[data-chart="certainty-profile"] [data-outlet-row]')).toHaveCount(10);

  await notice.getByRole('link', { name: 'Show all 12 outlets' }).click();
  await expect(page).toHaveURL(/outlets=all/);
  await expect(notice).toHaveAttribute('data-outlets-shown', '12');
  await expect(page.locator(columns)).toHaveCount(12);
  await expect(page.locator('[data-chart="certainty-profile"] [data-outlet-row]')).toHaveCount(12);

  await notice.getByRole('link', { name: /Show the 10/ }).click();
  await expect(notice).toHaveAttribute('data-outlets-shown', '10');
});

test('the first page carries less than the page with every outlet', async ({ request }) => {
  const size = async (query: string) =>
    (
      await (
        await request.get(`/events/${eventId}${query}`, { headers: { 'accept-encoding': 'identity' } })
      ).body()
    ).byteLength;
  expect(await size('')).toBeLessThan(await size('?outlets=all'));
});

test('a chart’s data table is built when it is opened', async ({ page }) => {
  await page.goto(`/events/${eventId}`);
  const details = page.locator('[data-chart="coverage-matrix"] details.table');
  await expect(details).toBeVisible({ timeout: 90_000 });
  await expect(details.locator('table')).toHaveCount(0);
  await details.locator('summary').click();
  await expect(details.locator('table').first()).toBeVisible();
});

test('without JavaScript, an opened table box links to the page that carries every table', async ({
  browser
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/events/${eventId}`);
  const details = page.locator('[data-chart="coverage-matrix"] details.table');
  await details.locator('summary').click();
  await expect(details.locator('table')).toHaveCount(0);
  await details.getByRole('link', { name: 'Load the page with every chart’s table' }).click();
  await expect(page).toHaveURL(/[?&]tables=all#coverage-matrix-title$/);
  const reloaded = page.locator('[data-chart="coverage-matrix"] details.table');
  await reloaded.locator('summary').click();
  await expect(reloaded.locator('table').first()).toBeVisible();
  await context.close();
});
