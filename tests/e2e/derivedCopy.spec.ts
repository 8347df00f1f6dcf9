import { test, expect } from '@playwright/test';
import { createEvent, openAddForm, paragraphs } from './helpers';

// A wire story and a newspaper's re-write of it (same sentences, one re-worded, one added, one dropped).
const WIRE = [
  'Firefighters contained a blaze at the Harlow chemical plant on Friday after a tank of solvent exploded shortly before noon.',
  'Three workers were taken to hospital with burns, the regional fire service said.',
  'Residents within two kilometres were told to keep their windows closed while crews tested the air.',
  'The plant, which makes industrial cleaning products, employs about 400 people.',
  'The cause of the explosion is under investigation.'
];
const REWRITE = [
  WIRE[0],
  'Three workers suffered burns and were taken to hospital, the regional fire service said.',
  WIRE[2],
  WIRE[3],
  'Local councillors called for an inquiry into safety at the site.'
];

test('an article re-worded from another says so on its page, with what it added, dropped and re-worded', async ({
  page
}) => {
  const eventId = await createEvent(page, 'Harlow chemical plant explosion');
  for (const [outlet, title, published, sentences] of [
    ['Continental Wire', 'Blaze contained at Harlow plant', '2024-05-10T14:00Z', WIRE],
    ['Harlow Gazette', 'Three hurt in Harlow plant blast', '2024-05-10T18:30Z', REWRITE]
  ] as const) {
    await openAddForm(page, eventId, 'paste');
    await page.getByLabel(/^Title/).fill(title);
    await page.getByLabel('Outlet').fill(outlet);
    await page.getByLabel(/^Published/).fill(published);
    await page.getByLabel('Article text').fill(paragraphs(...sentences));
    await page.getByRole('button', { name: 'Add article' }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${eventId}\\?added=1$`));
  }

  const copyLink = page.getByRole('link', { name: 'Three hurt in Harlow plant blast', exact: true });
  await page.goto((await copyLink.getAttribute('href'))!);
  const notice = page.getByTestId('derived-copy');
  // The analysis runs after the article is added: reload until it has finished.
  await expect(async () => {
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(notice).toContainText('This article looks re-worded from Blaze contained at Harlow plant');
  await notice.getByText(/What it changed/).click();
  await expect(notice.getByRole('listitem').filter({ hasText: 'Local councillors called' })).toBeVisible();
  await expect(notice.getByRole('listitem').filter({ hasText: 'The cause of the explosion' })).toBeVisible();
  await expect(notice.locator('ins', { hasText: 'suffered burns' })).toBeVisible();

  await notice.getByRole('link', { name: 'Blaze contained at Harlow plant' }).click();
  await expect(page.getByTestId('derived-copy')).toContainText(
    'One article looks re-worded from this one: Three hurt in Harlow plant blast'
  );
});
