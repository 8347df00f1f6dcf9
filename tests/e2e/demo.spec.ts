import { test, expect } from '@playwright/test';

test('the demo event is listed on the events page and its RT article opens', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Iranian cyberattack on Albania (2022)' });
  await expect(link).toBeVisible();
  await expect(page.locator('tr', { has: link })).toContainText('RT');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iranian cyberattack on Albania (2022)');
  await expect(page.locator('#analysis')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Add an article' })).toBeVisible();

  // The seeded event is analyzed at start: its charts are on the page.
  await expect(page.locator('[data-chart="coverage-matrix"]')).toHaveCount(1);
  await page
    .locator('.sources')
    .getByRole('link', { name: 'Investigation of a suspected Iranian cyber attack' })
    .click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.locator('.outlet')).toContainText('RT');
  await expect(page.locator('article time').first()).toContainText('2022');
  // The text shows with its claims highlighted, and the outlet's appeal to readers muted as non-claims.
  const text = page.locator('[data-component="claim-text"]');
  await expect(text).toContainText('NATO');
  expect(await text.locator('p').count()).toBeGreaterThan(3);
  expect(await text.locator('.claim.status-non-claim').count()).toBeGreaterThan(3);
  await expect(text.locator('.claim.status-non-claim', { hasText: 'By blocking RT' })).toHaveCount(1);
});

test('side by side on the one-outlet demo event says another outlet is needed', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Iranian cyberattack on Albania (2022)' }).click();
  await expect(page).toHaveURL(/\/events\/\d+$/);
  await page.goto(`${new URL(page.url()).pathname}/compare`);
  await expect(page.locator('[data-compare-message]')).toContainText(
    'Side by side needs two outlets; this event has articles from RT only.'
  );
  await page.getByRole('link', { name: 'Add an article from another outlet' }).click();
  await expect(page).toHaveURL(/\/events\/\d+\/add$/);
});

test('unknown pages and ids show the 404 page', async ({ page }) => {
  for (const path of ['/events/999999', '/events/abc', '/articles/0', '/no/such/page']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  }
});

test('the fictional demo flood shows differing tolls and counts the outlets of one owner and a re-write once', async ({
  page
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kellby river flood (fictional demo)' }).click();
  await expect(page.getByText(/A made-up event with invented outlets/)).toBeVisible();
  const numbers = page.locator('[data-chart="discrepancies"]');
  await expect(numbers).toContainText('Four');
  await expect(numbers).toContainText('Five');
  await expect(page.locator('[data-figure="outlets"] .value')).toHaveText('4');

  await page.getByLabel(/Count as one source/).check();
  await expect(page).toHaveURL(/sources=independent/);
  const combined = page.getByTestId('combined-sources');
  await expect(combined).toContainText('same owner (Marlow Media Group)');
  await expect(combined).toContainText('Kellby Courier re-worded Continental Press');
  await expect(combined.locator('strong')).toHaveText(
    'Continental Press + Valley Evening Post + Kellby Courier'
  );
  await expect(page.locator('[data-figure="outlets"] .value')).toHaveText('2');

  // Side by side opens on the two outlets that differ most, the radio and one of the others.
  await page.getByRole('link', { name: 'Read outlets side by side' }).click();
  await expect(page).toHaveURL(/\/compare\?outlets=/);
  await expect(page.locator('[data-column-outlet]')).toHaveCount(2);
  await expect(page.locator('[data-column-outlet]', { hasText: 'North Valley Radio' })).toHaveCount(1);
});
