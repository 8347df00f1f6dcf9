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

  await page.getByRole('link', { name: 'Investigation of a suspected Iranian cyber attack' }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.locator('.outlet')).toContainText('RT');
  await expect(page.locator('article time').first()).toContainText('2022');
  await expect(page.locator('.text p').first()).not.toBeEmpty();
  expect(await page.locator('.text p').count()).toBeGreaterThan(3);
  await expect(page.locator('.text')).toContainText('NATO');
});

test('unknown pages and ids show the 404 page', async ({ page }) => {
  for (const path of ['/events/999999', '/events/abc', '/articles/0', '/no/such/page']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  }
});
