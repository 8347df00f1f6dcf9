// The README path, as a stranger meets it: Parallax started with `npm start` and nothing else (no ORIGIN, no HOST;
// playwright.config.ts), used from the address it prints. Create an event, add three articles by the form, read
// them side by side. A form post that fails says so on the page.
import { expect, test } from '@playwright/test';
import { analyzed } from './eventState';
import { createEvent, openAddForm } from './helpers';

const ARTICLES = [
  {
    url: 'https://www.news.com.au/world/kellby-dam-burst-four-dead',
    title: 'Four dead as Kellby dam bursts',
    text: 'Four people were killed when the dam above Kellby burst on Monday night, police said.\n\nThe mayor of Kellby ordered the evacuation of the valley.'
  },
  {
    url: 'https://www.sunstar.com.ph/article/kellby-dam-burst',
    title: 'Kellby dam burst kills five',
    text: 'Five people died when the Kellby dam burst on Monday night, officials said.\n\nRescue teams searched the river banks on Tuesday.'
  },
  {
    url: 'https://www.bbc.co.uk/news/kellby-dam',
    title: 'Dam bursts above Kellby',
    text: 'Four people were killed when a dam burst above the town of Kellby on Monday.\n\nThe mayor ordered the evacuation of the valley below the dam.'
  }
];

test('create an event, add three articles and compare them, on a plain npm start', async ({
  page,
  request,
  baseURL
}) => {
  expect(baseURL).toMatch(/^http:\/\/localhost:\d+$/);
  const eventId = await createEvent(page, 'Kellby dam burst');
  for (const article of ARTICLES) {
    await openAddForm(page, eventId, 'paste');
    await page.getByLabel(/^Title/).fill(article.title);
    await page.getByLabel(/^URL/).fill(article.url);
    await page.getByLabel('Article text').fill(article.text);
    await page.getByRole('button', { name: 'Add article' }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${eventId}\\?added=1$`));
    await expect(page.getByRole('status')).toHaveText('Added 1 article.');
  }
  await analyzed(request, eventId, 3);
  await page.goto(`/events/${eventId}`);
  await page.getByRole('link', { name: 'Read outlets side by side' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}/compare\\?outlets=`));
  // Two outlets from multi-part domains (news.com.au, sunstar.com.ph) are two columns, not one "Com".
  await expect(page.getByRole('region', { name: 'News text' })).toContainText(
    'people were killed when the dam'
  );
  await expect(page.getByRole('region', { name: 'Sunstar text' })).toContainText(
    'people died when the Kellby dam'
  );
});

test('a form post that cannot be sent says so on the page', async ({ page, context }) => {
  await page.goto('/events/new');
  await page.getByLabel('Title').fill('Unsent post');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('alert')).toContainText('The form could not be sent');
  // What was typed is still there to send again.
  await expect(page.getByLabel('Title')).toHaveValue('Unsent post');
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page).toHaveURL(/\/events\/\d+\?created=1$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

// A post the server refuses (403, as a missing ORIGIN once did on every form) or fails on (500) says so too.
const refusals = [
  {
    status: 403,
    contentType: 'text/plain',
    body: 'Cross-site POST form submissions are forbidden',
    expected:
      'The form could not be sent: the server refused it or answered with something other than a form result.'
  },
  {
    status: 500,
    contentType: 'application/json',
    body: JSON.stringify({ type: 'error', error: { message: 'Internal Error' } }),
    expected: 'The form could not be sent (500): Internal Error. Nothing was changed.'
  }
];
for (const r of refusals) {
  test(`a form post answered ${r.status} says so on the page, and changes nothing`, async ({ page }) => {
    await page.goto('/events/new');
    await page.waitForLoadState('networkidle');
    await page.route('**/events/new', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: r.status, contentType: r.contentType, body: r.body })
        : route.continue()
    );
    await page.getByLabel('Title').fill(`Refused post ${r.status}`);
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.getByRole('alert')).toContainText(r.expected);
    await expect(page).toHaveURL(/\/events\/new$/);
    await expect(page.getByLabel('Title')).toHaveValue(`Refused post ${r.status}`);
  });
}

test('a pasted article survives a failed post, ready to send again', async ({ page }) => {
  const eventId = await createEvent(page, 'Paste kept on failure');
  await openAddForm(page, eventId, 'paste');
  await page.route(`**/events/${eventId}/add?/paste`, (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ type: 'error', error: { message: 'Internal Error' } })
    })
  );
  await page.getByLabel(/^Outlet/).fill('Kellby Courier');
  await page.getByLabel('Article text').fill(ARTICLES[0].text);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('alert')).toContainText('The form could not be sent (500)');
  await expect(page.getByLabel('Article text')).toHaveValue(ARTICLES[0].text);
  await expect(page.getByLabel(/^Outlet/)).toHaveValue('Kellby Courier');
});
