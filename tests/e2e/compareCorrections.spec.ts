// Correcting from the side-by-side view: select a claim in the text (click, or arrow keys and Enter), relate it
// to a claim of the other column, move it to that claim's fact, override a verdict, add a discrepancy; each shows
// in History, where a correction superseded by a later one says so; undo works and the corrections survive
// another article (re-analysis). Also without JavaScript (picker + plain posts), and axe on the open panel.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { analyzed, anchor, eventState } from './eventState';
import { VERDICT_STYLES } from '../../src/lib/view/verdictStyles';

const REUTERS = [
  'Albania cut diplomatic ties with Iran on Wednesday over a cyberattack in July.',
  'NATO said it would send a team of cyber experts to Tirana.'
].join('\n\n');
const RT = [
  'Albania severed diplomatic relations with Iran on Wednesday after the July cyberattack.',
  'A NATO delegation of cyber experts will travel to Tirana, the alliance said.',
  'Iran denied any involvement in the attack.'
].join('\n\n');
const BBC = 'Albania broke off diplomatic relations with Iran on Wednesday, blaming it for a cyberattack.';

async function makeEvent(request: APIRequestContext, title: string): Promise<number> {
  const eventId: number = (await (await request.post('/api/events', { data: { title } })).json()).id;
  for (const [outlet, text] of [
    ['reuters.com', REUTERS],
    ['rt.com', RT]
  ]) {
    const r = await request.post(`/api/events/${eventId}/articles`, { data: { outlet, text } });
    expect(r.status()).toBe(201);
  }
  await analyzed(request, eventId, 2);
  return eventId;
}

const compareUrl = (eventId: number) => `/events/${eventId}/compare?outlets=Reuters,RT`;

/** A claim's span in a column of the side-by-side view (by the claim's id in the current analysis). */
const span = (page: Page, column: number, claimId: string) =>
  page.locator(`[data-column="${column}"] [data-claim="${claimId}"]`);

async function submit(page: Page, form: Locator, button: string) {
  const answered = page.waitForResponse(
    (r) => r.url().includes('/corrections?/') && r.request().method() === 'POST'
  );
  const reloaded = page.waitForResponse((r) => r.url().includes('__data.json'));
  await form.getByRole('button', { name: button }).click();
  const response = await answered;
  expect(await response.text()).toContain('"type":"success"');
  await reloaded;
  await expect(form.getByRole('status')).toHaveText(/Saved/);
}

async function openSection(panel: Locator, name: string) {
  const details = panel.locator(`details[data-section="${name}"]`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  return details;
}

test('move, verdict override and discrepancy from the compare view: History, undo, re-analysis', async ({
  page,
  request
}) => {
  test.setTimeout(180_000);
  const eventId = await makeEvent(request, 'Albania and Iran, side by side');
  let s = await eventState(request, eventId);
  const ties = s.byText(/cut diplomatic ties/);
  const denied = s.byText(/Iran denied/);
  expect(s.refsOf(s.factOf(anchor(ties)))).not.toContain(anchor(denied));

  await page.goto(compareUrl(eventId));
  await expect(page.locator('[data-chart="alignment-ribbons"]')).toHaveAttribute('data-measured', 'true');
  await expect(page.locator('[data-compare-corrections]')).toHaveCount(0);

  // Select RT's denial, then relate it to Reuters' ties claim: the selection lives in the URL.
  await span(page, 1, denied.id).click();
  await expect(page).toHaveURL(new RegExp(`claim=${encodeURIComponent(anchor(denied))}`));
  const panel = page.locator('[data-compare-corrections]');
  await expect(panel.getByRole('heading', { name: 'Correct: RT' })).toBeVisible();
  await expect(span(page, 1, denied.id)).toHaveAttribute('data-selected', 'true');
  await span(page, 0, ties.id).click();
  await expect(page).toHaveURL(new RegExp(`with=${encodeURIComponent(anchor(ties))}`));
  await expect(panel.locator('[data-with-ref]')).toContainText('Reuters');

  // Axe on the open panel.
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
  ).toEqual([]);

  // Move: the ties fact is preselected.
  const move = (await openSection(panel, 'move')).locator('form[data-correction="move"]');
  await move.getByLabel('Your name').fill('Ana Analyst');
  await move.getByLabel('Why').fill('the denial answers the accusation');
  await submit(page, move, 'Move claim');
  s = await eventState(request, eventId);
  expect(s.refsOf(s.factOf(anchor(ties)))).toContain(anchor(denied));
  await expect(page).toHaveURL(new RegExp(`claim=${encodeURIComponent(anchor(denied))}`));
  await expect(panel.locator('[data-with-ref]')).toContainText('(the same fact)');

  // Verdict override on that fact for RT.
  const natural = s.factOf(anchor(ties))!.outlets.RT;
  const override = natural === 'partial' ? 'same' : 'partial';
  const verdict = (await openSection(panel, 'verdict')).locator('form[data-correction="verdict"]');
  await verdict.getByLabel('Outlet').selectOption('RT');
  await verdict.getByLabel('Verdict').selectOption(override);
  await submit(page, verdict, 'Set verdict');
  s = await eventState(request, eventId);
  expect(s.factOf(anchor(ties))!.outlets.RT).toBe(override);

  // A discrepancy between the two selected claims.
  const discrepancy = (await openSection(panel, 'discrepancy')).locator(
    'form[data-correction="discrepancy"]'
  );
  await discrepancy.getByLabel('says', { exact: true }).first().fill('Albania cut ties');
  await discrepancy.getByLabel('says', { exact: true }).nth(1).fill('Iran denied it');
  await discrepancy.getByLabel('They differ on').selectOption('negation');
  await submit(page, discrepancy, 'Add discrepancy');
  s = await eventState(request, eventId);
  expect(s.factOf(anchor(ties))!.discrepancies.map((d) => d.values)).toContainEqual([
    'Albania cut ties',
    'Iran denied it'
  ]);

  // History: all three; the move is superseded by the discrepancy naming the same claim.
  await page.goto(`/events/${eventId}/history`);
  const moveEntry = page.locator('li.entry', { hasText: /^\s*Correction[\s\S]*Moved / });
  const verdictEntry = page.locator('li.entry', {
    hasText: `Set RT’s verdict on this claim’s fact to “${VERDICT_STYLES[override].label}”`
  });
  const discrepancyEntry = page.locator('li.entry', {
    hasText: 'Added a negation discrepancy between these claims: “Albania cut ties” against “Iran denied it”'
  });
  await expect(moveEntry).toContainText('Ana Analyst');
  await expect(moveEntry).toContainText('the denial answers the accusation');
  const discrepancyId = await discrepancyEntry.getAttribute('data-entry');
  await expect(moveEntry.locator('.superseded')).toContainText(
    `Superseded by #${discrepancyId} — undo that first.`
  );
  await expect(moveEntry.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(verdictEntry.getByRole('button', { name: 'Undo' })).toBeEnabled();
  const historyAxe = await new AxeBuilder({ page }).analyze();
  expect(
    historyAxe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
  ).toEqual([]);

  // Undo the discrepancy: it is gone, and the move is no longer superseded.
  await discrepancyEntry.getByRole('button', { name: 'Undo' }).click();
  await expect(discrepancyEntry.getByText(/undone by/)).toBeVisible();
  await expect(moveEntry.locator('.superseded')).toHaveCount(0);
  s = await eventState(request, eventId);
  expect(s.factOf(anchor(ties))!.discrepancies.map((d) => d.values[1])).not.toContain('Iran denied it');

  // Another article: the move and the verdict override still apply after re-analysis.
  const added = await request.post(`/api/events/${eventId}/articles`, {
    data: { outlet: 'bbc.co.uk', text: BBC }
  });
  expect(added.status()).toBe(201);
  await analyzed(request, eventId, 3);
  s = await eventState(request, eventId);
  expect(s.refsOf(s.factOf(anchor(ties)))).toContain(anchor(denied));
  expect(s.factOf(anchor(ties))!.outlets.RT).toBe(override);

  // Undo the move from History (nothing later names the denial now): the denial leaves the ties fact.
  await page.goto(`/events/${eventId}/history`);
  await moveEntry.getByRole('button', { name: 'Undo' }).click();
  await expect(moveEntry.getByText(/undone by/)).toBeVisible();
  s = await eventState(request, eventId);
  expect(s.refsOf(s.factOf(anchor(ties)))).not.toContain(anchor(denied));
});

test('a claim is selected with the keyboard: arrow keys in a column, Enter opens the panel', async ({
  page,
  request
}) => {
  const eventId = await makeEvent(request, 'Albania and Iran, by keyboard');
  await page.goto(compareUrl(eventId));
  await expect(page.locator('[data-chart="alignment-ribbons"]')).toHaveAttribute('data-measured', 'true');
  const column = page.locator('[data-column="1"]');
  await column.focus();
  await page.keyboard.press('ArrowDown');
  const first = column.locator('[data-claim]').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#correct-heading')).toBeFocused();
  await expect(page.locator('#correct-heading')).toHaveText('Correct: RT');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the picker selects, a correction returns to the same view with its result shown', async ({
    page,
    request
  }) => {
    const eventId = await makeEvent(request, 'Albania and Iran, no script');
    const s = await eventState(request, eventId);
    const ties = s.byText(/cut diplomatic ties/);
    const denied = s.byText(/Iran denied/);
    await page.goto(compareUrl(eventId));
    await page.locator('[data-claim-picker] summary').click();
    await page.getByLabel('Claim to correct').selectOption(anchor(denied));
    await page.getByLabel(/Relate it to/).selectOption(anchor(ties));
    await page.getByRole('button', { name: 'Select' }).click();
    await expect(page).toHaveURL(/claim=.*with=/);
    const panel = page.locator('[data-compare-corrections]');
    await expect(panel.getByRole('heading', { name: 'Correct: RT' })).toBeVisible();

    // A bad span: the error comes back next to the form, the selection kept.
    const spanForm = (await openSection(panel, 'sentence')).locator('form[data-correction="span"]');
    await spanForm.getByLabel('Your name').fill('Noscript Nora');
    await spanForm.getByLabel('Ends before character').fill('99999');
    await spanForm.getByRole('button', { name: 'Fix span' }).click();
    await expect(page).toHaveURL(/\/compare\?.*claim=/);
    await expect(panel.locator('form[data-correction="span"] [role="alert"]')).toContainText(
      'ends after the article text'
    );

    // The move: saved, back on the same view with the selection.
    // The section that answered stays open.
    await expect(panel.locator('details[data-section="sentence"]')).toHaveAttribute('open', '');
    const move = (await openSection(panel, 'move')).locator('form[data-correction="move"]');
    // Without JavaScript the form cannot read the remembered name: it asks again.
    await move.getByLabel('Your name').fill('Noscript Nora');
    await move.getByRole('button', { name: 'Move claim' }).click();
    await expect(page).toHaveURL(new RegExp(`claim=${encodeURIComponent(anchor(denied))}`));
    await expect(page.locator('form[data-correction="move"] [role="status"]')).toHaveText(/Saved/);
    const after = await eventState(request, eventId);
    expect(after.refsOf(after.factOf(anchor(ties)))).toContain(anchor(denied));
  });
});
