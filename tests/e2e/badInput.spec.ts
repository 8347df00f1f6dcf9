import { test, expect, type Page } from '@playwright/test';
import { ARTICLE_FIXTURES, NOT_AN_ARTICLE_HTML } from '../fixtures/html';
import { startFixtureServer, type FixtureServer } from './fixtureServer';
import { articleCount, createEvent, expectFieldError, openAddForm, paragraphs } from './helpers';

let sites: FixtureServer;
let eventId: number;
/** Article count after the one good article each test starts from. */
let baseline: number;
const story = ARTICLE_FIXTURES[2];
const storyText = paragraphs(...story.paragraphs);

/** An address on this machine where nothing listens: a port that was free a moment ago. */
let closedPortUrl: string;

test.beforeAll(async ({ browser }) => {
  sites = await startFixtureServer();
  const closed = await startFixtureServer();
  closedPortUrl = closed.url('/story');
  await closed.close();
  const page = await browser.newPage();
  eventId = await createEvent(page, 'Bad input is refused');
  await openAddForm(page, eventId, 'paste');
  await page.getByLabel(/^Outlet/).fill(story.outletName);
  await page.getByLabel('Article text').fill(storyText);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 1 article.');
  baseline = await articleCount(page, eventId);
  await page.close();
});
test.afterAll(async () => {
  await sites.close();
});

async function expectNothingStored(page: Page) {
  expect(await articleCount(page, eventId)).toBe(baseline);
}

test.describe('paste', () => {
  const cases = [
    {
      label: 'empty text',
      text: '   \n\n ',
      outlet: 'Ledger',
      published: '',
      field: 'Article text',
      message: /text is empty/
    },
    {
      label: 'no outlet and no URL',
      text: 'A short report.',
      outlet: '',
      published: '',
      field: /^Outlet/,
      message: /outlet’s name or the article’s URL/
    },
    {
      label: 'a date that is not a date',
      text: 'Another short report.',
      outlet: 'Ledger',
      published: '31/31/2024',
      field: /^Published/,
      message: /is not a date/
    },
    {
      label: 'the same article twice',
      text: storyText.replace(/\n\n/g, '\n\n\n'),
      outlet: 'Other name',
      published: '',
      field: 'Article text',
      message: /already in the event/
    }
  ];
  for (const c of cases) {
    test(`refuses ${c.label}, keeps what was typed`, async ({ page }) => {
      await openAddForm(page, eventId, 'paste');
      await page.getByLabel(/^Title/).fill(`Typed title: ${c.label}`);
      await page.getByLabel(/^Outlet/).fill(c.outlet);
      await page.getByLabel(/^Published/).fill(c.published);
      await page.getByLabel('Article text').fill(c.text);
      await page.getByRole('button', { name: 'Add article' }).click();
      await expectFieldError(page.getByLabel(c.field), c.message);
      await expect(page.getByLabel(/^Title/)).toHaveValue(`Typed title: ${c.label}`);
      await expect(page.getByLabel('Article text')).toHaveValue(c.text);
      await expectNothingStored(page);
    });
  }

  test('refuses text over the size limit', async ({ page }) => {
    await openAddForm(page, eventId, 'paste');
    const huge = 'The depot fire was reported by many outlets. '.repeat(27_000); // about 1.2 MB
    await page.getByLabel(/^Outlet/).fill('Ledger');
    await page.getByLabel('Article text').fill(huge);
    await page.getByRole('button', { name: 'Add article' }).click();
    await expectFieldError(page.getByLabel('Article text'), /too long: 1,215 kB, the limit is 1,000 kB/);
    await expect(page.getByLabel(/^Outlet/)).toHaveValue('Ledger');
    await expectNothingStored(page);
  });
});

test.describe('upload', () => {
  const text = (s: string) => Buffer.from(s, 'utf8');
  const good = {
    name: 'good.txt',
    mimeType: 'text/plain',
    buffer: text('A perfectly readable report on the fire.')
  };
  const cases = [
    { label: 'no file', files: [], message: /Choose one or more files/ },
    {
      label: 'an unsupported type',
      files: [{ name: 'report.pdf', mimeType: 'application/pdf', buffer: text('%PDF-1.7') }],
      message: /“report\.pdf” cannot be read: only \.txt, \.md and \.html/
    },
    {
      label: 'a binary file',
      files: [
        {
          name: 'photo.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a])
        }
      ],
      message: /“photo\.txt” is a binary file/
    },
    {
      label: 'a file that is not UTF-8',
      files: [
        { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from('Caf\xe9 au lait', 'latin1') }
      ],
      message: /“latin1\.txt” is not UTF-8/
    },
    {
      label: 'an HTML page without an article',
      files: [{ name: 'section.html', mimeType: 'text/html', buffer: text(NOT_AN_ARTICLE_HTML) }],
      message: /“section\.html” holds no article text/
    },
    {
      label: 'a good file with a bad one (all or nothing)',
      files: [good, { name: 'notes.docx', mimeType: 'application/octet-stream', buffer: text('x') }],
      message: /“notes\.docx” cannot be read/
    },
    {
      label: 'a file already in the event',
      files: [good, { name: 'again.txt', mimeType: 'text/plain', buffer: text(storyText) }],
      message: /“again\.txt”: This article is already in the event/
    },
    {
      label: 'the same file twice in one upload',
      files: [good, { ...good, name: 'copy.txt' }],
      message: /“copy\.txt”: This article is already in the event/
    }
  ];
  for (const c of cases) {
    test(`refuses ${c.label}`, async ({ page }) => {
      await openAddForm(page, eventId, 'upload');
      if (c.files.length) await page.getByLabel('Files', { exact: true }).setInputFiles(c.files);
      await page.getByLabel('Outlet').fill('Uploads Desk');
      await page.getByLabel(/^Published/).fill('2024-03-12');
      await page.getByRole('button', { name: 'Upload' }).click();
      await expectFieldError(page.getByLabel('Files', { exact: true }), c.message);
      await expect(page.getByLabel('Outlet')).toHaveValue('Uploads Desk');
      await expect(page.getByLabel(/^Published/)).toHaveValue('2024-03-12');
      await expectNothingStored(page);
    });
  }

  test('refuses files without an outlet, next to the outlet field', async ({ page }) => {
    await openAddForm(page, eventId, 'upload');
    await page.getByLabel('Files', { exact: true }).setInputFiles([good]);
    await page.getByRole('button', { name: 'Upload' }).click();
    await expectFieldError(page.getByLabel('Outlet'), /outlet’s name/);
    await expectNothingStored(page);
  });
});

test.describe('import by URL', () => {
  const cases = [
    { label: 'an empty address', url: () => '', message: /Give the address/ },
    {
      label: 'a non-web address',
      url: () => 'ftp://files.example/story.txt',
      message: /Only http and https/
    },
    { label: 'a 404', url: () => sites.url('/missing'), message: /answered 404/ },
    { label: 'a page that is not HTML', url: () => sites.url('/data.json'), message: /is not a web page/ },
    { label: 'a page without an article', url: () => sites.url('/section'), message: /is not an article/ },
    {
      label: 'a server that is down',
      url: () => closedPortUrl,
      message: /Could not fetch http:\/\/127\.0\.0\.1:\d+\/story: the server refused the connection/
    },
    {
      label: 'a page already in the event',
      url: () => sites.url(story.path),
      message: /already in the event/
    }
  ];
  for (const c of cases) {
    test(`refuses ${c.label}`, async ({ page }) => {
      await openAddForm(page, eventId, 'url');
      const url = c.url();
      await page.getByLabel('Article address').fill(url);
      await page.getByRole('button', { name: 'Import' }).click();
      await expectFieldError(page.getByLabel('Article address'), c.message);
      await expect(page.getByLabel('Article address')).toHaveValue(url);
      await expectNothingStored(page);
    });
  }

  test('a page it cannot reach offers paste and upload instead, the address carried along', async ({
    page
  }) => {
    await openAddForm(page, eventId, 'url');
    await page.getByLabel('Article address').fill(closedPortUrl);
    await page.getByRole('button', { name: 'Import' }).click();
    const fallback = page.getByTestId('url-fallback');
    await expect(fallback).toContainText('You can still add this article');
    await expect(fallback.getByRole('link', { name: 'upload the file' })).toHaveAttribute(
      'href',
      '?tab=upload'
    );
    await fallback.getByRole('link', { name: 'paste its text' }).click();
    await expect(page.getByLabel('Article text')).toBeVisible();
    await expect(page.getByLabel(/^URL/)).toHaveValue(closedPortUrl);
  });

  test('a page that is there but is no article offers no fallback', async ({ page }) => {
    await openAddForm(page, eventId, 'url');
    await page.getByLabel('Article address').fill(sites.url('/section'));
    await page.getByRole('button', { name: 'Import' }).click();
    await expectFieldError(page.getByLabel('Article address'), /is not an article/);
    await expect(page.getByTestId('url-fallback')).toHaveCount(0);
  });

  test('gives up on a server that does not answer in time', async ({ page }) => {
    test.setTimeout(45_000);
    await openAddForm(page, eventId, 'url');
    await page.getByLabel('Article address').fill(sites.url('/slow?ms=30000'));
    await page.getByRole('button', { name: 'Import' }).click();
    await expectFieldError(
      page.getByLabel('Article address'),
      /Could not fetch .*: timed out after 3 s\./,
      20_000
    );
    await expectNothingStored(page);
  });
});

test('the new-event form refuses an empty title and keeps the description', async ({ page }) => {
  await page.goto('/events/new');
  await page.getByLabel(/Description/).fill('Kept after the error');
  await page.getByRole('button', { name: 'Create event' }).click();
  await expectFieldError(page.getByLabel('Title'), /Give the event a title/);
  await expect(page.getByLabel(/Description/)).toHaveValue('Kept after the error');
});
