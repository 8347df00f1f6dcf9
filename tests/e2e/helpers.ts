import { expect, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Creates an event through the form and returns its id (the page ends on the event page). */
export async function createEvent(page: Page, title: string, description = ''): Promise<number> {
  await page.goto('/events/new');
  // Typed values must not race the page's scripts taking over the form (hydration): wait until they have loaded.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Title').fill(title);
  if (description) await page.getByLabel(/Description/).fill(description);
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(page).toHaveURL(/\/events\/\d+\?created=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  return Number(/\/events\/(\d+)/.exec(page.url())![1]);
}

/** The event's article count as its page shows it. */
export async function articleCount(page: Page, eventId: number): Promise<number> {
  await page.goto(`/events/${eventId}`);
  const text = await page.getByTestId('article-count').textContent();
  return Number(/\d+/.exec(text ?? '')![0]);
}

export async function openAddForm(
  page: Page,
  eventId: number,
  tab: 'paste' | 'upload' | 'url'
): Promise<void> {
  await page.goto(`/events/${eventId}/add?tab=${tab}`);
  await page.waitForLoadState('networkidle');
}

/** The field is marked invalid and its aria-describedby points at a message matching `message`. */
export async function expectFieldError(field: Locator, message: RegExp, timeout = 5_000): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true', { timeout });
  const describedBy = await field.getAttribute('aria-describedby');
  expect(describedBy, 'the field points at its message').toBeTruthy();
  const messageBox = field.page().locator(`#${describedBy}`);
  await expect(messageBox).toHaveText(message);
  // "Next to the field": the message sits in the same form field wrapper as the input.
  const wrapper = field.locator('xpath=ancestor::div[contains(@class, "field")][1]');
  await expect(wrapper.locator(`#${describedBy}`)).toHaveCount(1);
}

export function paragraphs(...blocks: string[]): string {
  return blocks.join('\n\n');
}

/**
 * The paragraphs of the article page's text as a reader reads them: without the claim highlighting's
 * decorations (status glyphs, "only here" badges, screen-reader notes), which are not part of the article.
 */
export async function articleParagraphs(page: Page): Promise<string[]> {
  const body = page.locator('[data-component="claim-text"], .text').first();
  await expect(body).toBeVisible();
  return body.evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"], .visually-hidden').forEach((n) => n.remove());
    return [...copy.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
  });
}

/** Imports an event file with the real CLI into the e2e server's database; returns the event's id. */
export function importEventThroughCli(input: unknown): number {
  const root = resolve(import.meta.dirname, '../..');
  const file = join(mkdtempSync(join(tmpdir(), 'parallax-import-')), 'event.json');
  writeFileSync(file, JSON.stringify(input));
  const dbPath = join(process.env.PARALLAX_E2E_DB_DIR!, 'e2e.sqlite');
  const out = execFileSync(
    process.execPath,
    [join(root, 'bin/parallax.js'), 'import', file, '--db', dbPath],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PARALLAX_ROOT: root }
    }
  );
  return (JSON.parse(out) as { eventId: number }).eventId;
}
