import { describe, it, expect } from 'vitest';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import { openDatabase, type Db } from '../../../src/lib/server/store/sqlite/db';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';
import { suggestEvent } from '../../../src/lib/server/store/sqlite/suggestEvent';
import { ValidationError } from '../../../src/lib/server/ValidationError';

// Two unrelated events, each covered by two outlets in their own words.
const FLOOD = [
  'Flash floods swept through the river town of Kellby on Tuesday night, killing four people and forcing 1,200 residents from their homes. The Aven river burst its banks after 90 mm of rain fell in six hours.',
  'Four people died when the Aven river flooded Kellby late on Tuesday. Around 1,200 residents were evacuated as rescue boats searched flooded streets; the mayor said the rain was the heaviest in decades.'
];
const STRIKE = [
  'Dock workers at the port of Marrow walked out on Monday in a dispute over pay, halting container traffic. The union said 3,000 members joined the strike and demanded a 9 percent raise.',
  'A strike by 3,000 dockers shut the port of Marrow on Monday. The port authority said container ships were diverted while talks with the union over a 9 percent pay claim resumed.'
];
const FLOOD_NEW =
  'Rescue teams in Kellby recovered the body of a fourth victim after the Aven river flooded the town on Tuesday night. Some 1,200 residents remain in shelters, and the mayor called the rainfall the worst in decades.';
const UNRELATED =
  'The national orchestra announced its winter season, opening with a cycle of Sibelius symphonies conducted by its new music director, with tickets on sale from Friday.';

function database(): { db: Db; flood: number; strike: number; empty: number } {
  const db = openDatabase(':memory:');
  const flood = createEvent(db, { title: 'Kellby flood' }).id;
  const strike = createEvent(db, { title: 'Marrow port strike' }).id;
  const empty = createEvent(db, { title: 'Nothing yet' }).id;
  FLOOD.forEach((text, i) => addArticle(db, flood, { text, outlet: `Flood Outlet ${i}`, source: 'paste' }));
  STRIKE.forEach((text, i) => addArticle(db, strike, { text, outlet: `Port Outlet ${i}`, source: 'paste' }));
  return { db, flood, strike, empty };
}

describe('suggestEvent', () => {
  const { db, flood, strike, empty } = database();

  it.each([
    { name: 'the event it is being added to', text: FLOOD_NEW, adding: () => flood, expected: () => flood },
    { name: 'another event', text: FLOOD_NEW, adding: () => strike, expected: () => flood },
    {
      name: 'an event when added to an empty one',
      text: FLOOD_NEW,
      adding: () => empty,
      expected: () => flood
    }
  ])('suggests $name', ({ text, adding, expected }) => {
    const s = suggestEvent(db, { text }, adding());
    expect(s.event?.id).toBe(expected());
    expect(s.event?.title).toBe('Kellby flood');
    expect(s.compared).toBe(2);
    expect(s.score).toBeGreaterThan(0.2);
  });

  it('scores the current event on the same scale, lower than the suggested one', () => {
    const s = suggestEvent(db, { text: FLOOD_NEW }, strike);
    expect(s.currentScore).not.toBeNull();
    expect(s.currentScore!).toBeLessThan(s.score);
    expect(suggestEvent(db, { text: FLOOD_NEW }, empty).currentScore).toBeNull();
  });

  it('suggests no event for an article about none of them, but names the closest', () => {
    const s = suggestEvent(db, { title: 'Orchestra season', text: UNRELATED }, flood);
    expect(s.event).toBeNull();
    expect(s.closest).not.toBeNull();
    expect(s.score).toBeLessThan(0.2);
  });

  it('says there is nothing to compare with when no event has articles', () => {
    const bare = openDatabase(':memory:');
    const id = createEvent(bare, { title: 'First' }).id;
    expect(suggestEvent(bare, { text: FLOOD_NEW }, id)).toEqual({
      event: null,
      closest: null,
      score: 0,
      currentScore: null,
      titleFit: 0,
      fitsTitle: false,
      compared: 0
    });
  });

  it.each([
    // [this event's title, its description, its articles, expected suggestion]
    ['Fourth victim found after Kellby flood', '', [], null],
    ['Aven river disaster', 'Floods in Kellby: victims and evacuations', [], null],
    ['Nothing yet', '', [], 'Kellby flood'],
    // As close to this event's one article as to the other event's two: not clearly elsewhere.
    ['River news', '', [FLOOD[0]], null]
  ] as [string, string, string[], string | null][])(
    'an article added to “%s” is sent elsewhere only when it clearly fits there better',
    (title, description, texts, expected) => {
      const { db } = database();
      const id = createEvent(db, { title, description }).id;
      texts.forEach((text, i) => addArticle(db, id, { text, outlet: `Here ${i}`, source: 'paste' }));
      const s = suggestEvent(db, { text: FLOOD_NEW }, id);
      expect(s.event?.title ?? null).toBe(expected);
      expect(s.closest?.title).toBe('Kellby flood');
    }
  );

  it('refuses empty text with a message on the text field, and stores nothing', () => {
    const before = db.prepare('SELECT count(*) AS n FROM articles').get();
    expect(() => suggestEvent(db, { text: '   ' }, flood)).toThrow(ValidationError);
    try {
      suggestEvent(db, { text: '' }, flood);
    } catch (e) {
      expect((e as ValidationError).field).toBe('text');
    }
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual(before);
  });
});
