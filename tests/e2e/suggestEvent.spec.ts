import { test, expect, type Page } from '@playwright/test';
import { createEvent, openAddForm, paragraphs } from './helpers';

// A glacier-lake outburst covered twice, and a text about it pasted into an unrelated event.
const OUTBURST = [
  paragraphs(
    'A glacial lake above the alpine village of Tessaro burst on Sunday, sending a torrent of meltwater and debris down the Varno valley.',
    'Civil protection officials said 340 residents were evacuated before the flood reached Tessaro and two bridges were swept away.'
  ),
  paragraphs(
    'Meltwater from a burst glacial lake swept two bridges away in the Varno valley on Sunday.',
    'Some 340 people were evacuated from Tessaro, civil protection officials said, as debris blocked the valley road.'
  )
];
const ANOTHER_REPORT = paragraphs(
  'Geologists were flown to the Varno valley on Monday to inspect the glacial lake whose outburst flooded Tessaro.',
  'The 340 residents evacuated from Tessaro on Sunday cannot return until the debris is cleared and the two bridges are replaced, civil protection officials said.'
);
const ELECTION = paragraphs(
  'Voters in the coastal province of Lendra re-elected governor Amalia Rusk on Sunday with 54 percent of the vote.',
  'Turnout rose to 61 percent, the electoral commission said.'
);

const FERRY = paragraphs(
  'The ferry Orla Bay ran aground off the island of Skarn on Thursday with 212 passengers aboard, the coastguard said.',
  'All passengers were taken off by lifeboats and nobody was hurt.'
);

async function paste(page: Page, eventId: number, outlet: string, text: string) {
  await openAddForm(page, eventId, 'paste');
  await page.getByLabel('Outlet').fill(outlet);
  await page.getByLabel('Article text').fill(text);
}

test('the add form says which event pasted text is about, and can add it there instead', async ({ page }) => {
  const outburst = await createEvent(page, 'Tessaro glacial lake outburst');
  for (const [i, text] of OUTBURST.entries()) {
    await paste(page, outburst, `Alpine Desk ${i + 1}`, text);
    await page.getByRole('button', { name: 'Add article' }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${outburst}\\?added=1$`));
  }
  const election = await createEvent(page, 'Lendra governor election');
  await paste(page, election, 'Coast Herald', ELECTION);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${election}\\?added=1$`));

  // Typing a report of the outburst into the election event: the form points at the outburst event.
  await paste(page, election, 'Valley Post', ANOTHER_REPORT);
  const suggestion = page.getByTestId('event-suggestion');
  await expect(suggestion).toContainText('looks closer to Tessaro glacial lake outburst');
  await expect(page.getByText(/Added \d+ article/)).toHaveCount(0);

  // One click adds it to the suggested event with what was typed, and the election event is unchanged.
  await suggestion.getByRole('button', { name: /Add it to .Tessaro glacial lake outburst. instead/ }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${outburst}\\?added=1$`));
  await expect(page.getByTestId('article-count')).toContainText('3');
  await page.goto(`/events/${election}`);
  await expect(page.getByTestId('article-count')).toContainText('1');
});

test('without JavaScript, the "Which event?" button answers and keeps what was typed', async ({
  browser
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const eventId = await createEvent(page, 'Orla Bay grounding');
  await paste(page, eventId, 'Island News', FERRY);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}\\?added=1$`));

  await paste(
    page,
    eventId,
    'Provincial Times',
    FERRY.replace('the coastguard said', 'according to the coastguard')
  );
  await page.getByRole('button', { name: 'Which event is this about?' }).click();
  await expect(page.getByTestId('event-suggestion')).toContainText('looks like coverage of this event');
  await expect(page.getByLabel('Outlet')).toHaveValue('Provincial Times');
  await expect(page.getByLabel('Article text')).toHaveValue(/according to the coastguard/);
  await context.close();
});
