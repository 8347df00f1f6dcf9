import { test, expect } from '@playwright/test';
import { createEvent } from './helpers';

// The event page polls its analysis and reloads its data when a run ends. A run that ends while the reader is
// opening another page must not take them back: a fresh-clone CI run lost a click on an article link that way.
// The race is forced: the page is served as if a run were still going, the poll's answer ("done") is held until the
// article page has started loading, and the article page's data is held until that answer has been handled.
test('a run that ends while an article link is opening does not keep the reader on the event page', async ({
  page
}) => {
  const eventId = await createEvent(page, 'Lantern Bridge closure');
  await page.getByRole('link', { name: 'Add an article' }).click();
  await page.getByLabel(/^Title/).fill('Lantern Bridge closed after crack found');
  await page.getByLabel(/^URL/).fill('https://www.rivergazette.example/2024/05/02/lantern-bridge');
  await page
    .getByLabel('Article text')
    .fill(
      'Engineers closed the Lantern Bridge on Thursday after finding a crack in a main beam, the city said.'
    );
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 1 article.');
  // Let the real run finish, so that what the page is told below is what the server says.
  await expect
    .poll(async () => (await (await page.request.get(`/events/${eventId}/analysis`)).json()).state, {
      timeout: 60_000
    })
    .toBe('done');

  // The event page as a browser would get it while the run was still going.
  await page.route(`**/events/${eventId}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('status:{state:"done"', 'status:{state:"running"');
    await route.fulfill({ response, body: html });
  });
  let articleRequested!: () => void;
  const articleStarted = new Promise<void>((resolve) => (articleRequested = resolve));
  let pollAnswered!: () => void;
  const pollHandled = new Promise<void>((resolve) => (pollAnswered = resolve));
  await page.route(`**/events/${eventId}/analysis`, async (route) => {
    await articleStarted;
    await route.continue();
    // The page handles the answer on its next tick; give it a moment before the article data comes back.
    setTimeout(pollAnswered, 500);
  });
  await page.route('**/articles/*/__data.json*', async (route) => {
    articleRequested();
    await pollHandled;
    await route.continue();
  });

  await page.goto(`/events/${eventId}`);
  await expect(page.locator('.analysis-status')).toHaveAttribute('data-state', 'running');
  await page
    .locator('.sources')
    .getByRole('link', { name: 'Lantern Bridge closed after crack found' })
    .click();
  await expect(page).toHaveURL(/\/articles\/\d+$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lantern Bridge closed after crack found');
});
