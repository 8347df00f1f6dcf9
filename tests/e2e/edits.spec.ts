// Outlet and article edits from the UI: audited, undoable, and removal leaves the analysis until undone.
import { expect, test } from '@playwright/test';

test('remove an article and undo it from History; edit and merge outlets with undo', async ({
  page,
  request
}) => {
  test.setTimeout(120_000);
  const eventId = (await (await request.post('/api/events', { data: { title: 'Edits event' } })).json()).id;
  const add = async (outlet: string, text: string) =>
    (await (await request.post(`/api/events/${eventId}/articles`, { data: { outlet, text } })).json())
      .id as number;
  const kept = await add('apnews.com', 'Albania cut ties with Iran on Wednesday.');
  const removed = await add('Daily Example', 'Iran denied it attacked Albanian servers.');
  const total = async () => (await (await request.get(`/api/events/${eventId}/articles`)).json()).total;

  // Remove, with a reason and a name (asked once).
  await page.goto(`/articles/${removed}/edit`);
  await page.locator('form[action="?/remove"]').getByLabel('Why').fill('off topic');
  await page.locator('form[action="?/remove"]').getByLabel('Your name').fill('Ana Analyst');
  await page.getByRole('button', { name: 'Remove article' }).click();
  await expect(page.getByText(/This article was removed/)).toBeVisible();
  expect(await total()).toBe(1);

  // History shows it; undo brings the article back.
  await page.goto(`/events/${eventId}/history`);
  const entry = page.locator('li.entry[data-action="article.remove"]');
  await expect(entry).toContainText('Ana Analyst');
  await expect(entry).toContainText('off topic');
  await entry.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('li.entry[data-action="article.restore"]')).toHaveCount(1);
  expect(await total()).toBe(2);

  // Article metadata edit.
  await page.goto(`/articles/${kept}/edit`);
  await page.getByLabel('Title').fill('Albania severs ties');
  await page.getByLabel('Published').fill('2022-09-07');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  const article = await (await request.get(`/api/articles/${kept}`)).json();
  expect([article.title, article.published]).toEqual(['Albania severs ties', '2022-09-07']);

  // Outlet: set kind and country, then undo the edit.
  const outletId = article.outlet.id as number;
  await page.goto(`/outlets/${outletId}`);
  await page.getByLabel('Kind').selectOption('agency');
  await page.getByLabel('Country').fill('Testland');
  await page.locator('form[action="?/edit"]').getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('li[data-action="outlet.edit"]')).toHaveCount(1);
  await expect(page.getByLabel('Kind')).toHaveValue('agency');
  await page.locator('li[data-action="outlet.edit"]').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('li[data-action="outlet.edit"]')).toHaveCount(2);
  await expect(page.getByLabel('Country')).not.toHaveValue('Testland');

  // Merge "Daily Example" into AP, then undo: the article moves and comes back.
  const otherOutlet = (await (await request.get(`/api/articles/${removed}`)).json()).outlet.id as number;
  await page.goto(`/outlets/${otherOutlet}`);
  await page.getByLabel('Same outlet as').selectOption(String(outletId));
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText(/Merged into/)).toBeVisible();
  expect((await (await request.get(`/api/articles/${removed}`)).json()).outlet.id).toBe(outletId);
  await page.locator('li[data-action="outlet.merge"]').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/Merged into/)).toHaveCount(0);
  expect((await (await request.get(`/api/articles/${removed}`)).json()).outlet.id).toBe(otherOutlet);
  await page.goto('/outlets');
  await expect(page.getByRole('link', { name: 'Daily Example' })).toBeVisible();

  // Two country edits: the older one is superseded by the newer.
  for (const country of ['Firstland', 'Secondland']) {
    await page.goto(`/outlets/${outletId}`);
    await page.getByLabel('Country').fill(country);
    await page.locator('form[action="?/edit"]').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('Country')).toHaveValue(country);
  }
  // The outlet's own history says so too, and offers no undo for the older one.
  const firstland = page.locator('ul.log li[data-action="outlet.edit"]', { hasText: /→ Firstland/ });
  await expect(firstland).toContainText(/Superseded by #\d+ — undo that first/);
  await expect(firstland.getByRole('button', { name: 'Undo' })).toHaveCount(0);

  // The event's History lists the outlet-level edits and merges of its outlets, marked as such.
  await page.goto(`/events/${eventId}/history`);
  const outletEntries = page.locator('li.entry[data-outlet-level="true"]');
  await expect(outletEntries).toHaveCount(6);
  await expect(outletEntries.first()).toContainText('outlet-level: affects every event of this outlet');
  const [second, first] = [outletEntries.nth(0), outletEntries.nth(1)];
  await expect(second).toContainText('Secondland');
  const secondId = await second.getAttribute('data-entry');
  const firstId = await first.getAttribute('data-entry');
  await expect(first.locator('.superseded')).toContainText(`Superseded by #${secondId} — undo that first.`);
  await expect(first.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Undo the newer from the event's History: the older can be undone next.
  await page.locator(`li.entry[data-entry="${secondId}"]`).getByRole('button', { name: 'Undo' }).click();
  await expect(outletEntries).toHaveCount(7);
  const older = page.locator(`li.entry[data-entry="${firstId}"]`);
  await expect(older.locator('.superseded')).toHaveCount(0);
  await older.getByRole('button', { name: 'Undo' }).click();
  await expect(older.getByText(/undone by/)).toBeVisible();
  await page.goto(`/outlets/${outletId}`);
  await expect(page.getByLabel('Country')).not.toHaveValue(/land$/);
});

test('the sign-in page says when no token is needed', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.getByText('no access token is needed')).toBeVisible();
});
