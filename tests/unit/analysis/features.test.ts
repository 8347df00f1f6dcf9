import { describe, it, expect } from 'vitest';
import { findEntities } from '../../../src/lib/analysis/features/findEntities';
import { findQuantities } from '../../../src/lib/analysis/features/findQuantities';
import { findDates } from '../../../src/lib/analysis/features/findDates';
import { findAttribution } from '../../../src/lib/analysis/features/findAttribution';
import { findCertainty } from '../../../src/lib/analysis/features/findCertainty';
import { findQuotes } from '../../../src/lib/analysis/features/findQuotes';
import { findNegation } from '../../../src/lib/analysis/features/findNegation';
import { findLoaded } from '../../../src/lib/analysis/features/findLoaded';
import { findLemmas } from '../../../src/lib/analysis/features/findLemmas';
import type { Quantity } from '../../../src/lib/analysis/types';

// Sentences from the seed article (RT, 22 Sep 2022) and short constructed news sentences.
const SEED = {
  suspected: 'Investigation of a suspected Iranian cyber attack — RT EN',
  authorities:
    'This new attack caused difficulties and delays for travelers, according to the Albanian authorities.',
  microsoft:
    'Microsoft concluded that two Iranian groups sponsored by the Tehran government were behind the attack and a subsequent release of data.',
  peleshi:
    'Defense Minister Niko Peleshi said his ministry and the Albanian army were not affected “because they are disconnected from the general communications network.”',
  appathurai:
    'To Declarations At NATO, James Appathurai, the alliance’s deputy secretary-general, is leading a team of experts to offer “political and practical support” to the member country.',
  mek: 'This is particularly related to the right of residence enjoyed by an estimated 3,000 members of the People’s Mujahideen (MEK) in Albania.',
  list: 'From August 10, 1997 to September 28, 2012, the People’s Mujahideen were on the US State Department’s list of foreign terrorist organizations.',
  wednesday:
    'NATO sent a high-level delegation to Albania on Wednesday to help the Balkan country deal with the aftermath of the recent cyberattack.',
  militant:
    'The militant Iranian “opposition group”, which was already fighting the Shah of Persia, wants to overthrow the Islamic Republic.',
  terror:
    'In Iran, the People’s Mujahideen are held responsible for an unprecedented wave of terror, which has already killed leading members of the Islamic Republic, but also countless civilians.'
};

describe('findEntities', () => {
  const cases: { text: string; name: string; type: string; role?: string }[] = [
    { text: SEED.appathurai, name: 'James Appathurai', type: 'person', role: 'deputy secretary-general' },
    { text: SEED.peleshi, name: 'Niko Peleshi', type: 'person', role: 'Defense Minister' },
    { text: SEED.appathurai, name: 'NATO', type: 'organization' },
    { text: SEED.microsoft, name: 'Microsoft', type: 'organization' },
    { text: SEED.mek, name: 'Albania', type: 'place' },
    { text: SEED.list, name: 'US State Department', type: 'organization' },
    // A name the lexicon takes for a person's ("Houston", "Moore") or does not know ("Sumatra") is a place where
    // the sentence says so; languages, bodies and possessors are not.
    { text: 'The plane crashed near Houston on Monday.', name: 'Houston', type: 'place' },
    { text: 'A tornado struck Moore, Oklahoma, on Monday.', name: 'Moore', type: 'place' },
    { text: 'The quake struck off the coast of Sumatra.', name: 'Sumatra', type: 'place' },
    { text: 'Floods hit the province of Aceh.', name: 'Aceh', type: 'place' },
    { text: 'He answered in English at the hearing.', name: 'English', type: 'other' },
    { text: 'The fire started near Smith’s farm.', name: 'Smith', type: 'person' },
    { text: 'Police found John Smith in Dallas.', name: 'John Smith', type: 'person' },
    { text: 'Raj Chohan, 59, was killed by a drunk driver in Queens.', name: 'Raj Chohan', type: 'person' },
    {
      text: 'The crash was confirmed by police spokesman Tim Fanning on Monday.',
      name: 'Tim Fanning',
      type: 'person',
      role: 'police spokesman'
    },
    {
      text: '“We are shocked,” said her nephew, Ravi Singh, of Coney Island.',
      name: 'Ravi Singh',
      type: 'person',
      role: 'nephew'
    },
    {
      text: 'The ship was escorted through the Gulf of Aden by the Indian Navy.',
      name: 'Indian Navy',
      type: 'organization'
    },
    // A title's portfolio after "of" is part of the title, not of the name; a post word opening the sentence is
    // part of the title too.
    {
      text: 'Secretary of State John Kerry met the delegation.',
      name: 'John Kerry',
      type: 'person',
      role: 'Secretary of State'
    },
    {
      text: 'Chief of Staff Denis McDonough said so.',
      name: 'Denis McDonough',
      type: 'person',
      role: 'Chief of Staff'
    },
    {
      text: 'Minister of Foreign Affairs Sergei Lavrov arrived.',
      name: 'Sergei Lavrov',
      type: 'person',
      role: 'Minister of Foreign Affairs'
    },
    {
      text: 'Foreign Minister Sergei Lavrov arrived in Kabul.',
      name: 'Sergei Lavrov',
      type: 'person',
      role: 'Foreign Minister'
    },
    // ...but not a verb before a title in a headline.
    { text: "76ers Fire Coach Jim O'Brien", name: "Jim O'Brien", type: 'person', role: 'Coach' },
    { text: 'The Bank of England raised rates.', name: 'Bank of England', type: 'organization' }
  ];

  it.each(cases)('finds $name ($type) in "$text"', ({ text, name, type, role }) => {
    const offset = 100;
    const entity = findEntities(text, offset).find((e) => e.text === name);
    expect(entity).toBeDefined();
    expect(entity!.type).toBe(type);
    expect(entity!.role).toBe(role);
    expect(entity!.norm).toBe(name.toLowerCase());
    expect(text.slice(entity!.start - offset, entity!.end - offset)).toBe(name);
  });

  it('does not take a capitalised word opening a sentence for a name', () => {
    expect(findEntities('Investigation of the attack continues.').map((e) => e.text)).toEqual([]);
  });
});

describe('findQuantities', () => {
  const cases: { text: string; expected: Partial<Quantity> }[] = [
    {
      text: SEED.mek,
      expected: { value: 3000, approx: true, counted: 'members', text: 'an estimated 3,000' }
    },
    { text: 'The talks lasted nearly two months.', expected: { value: 2, unit: 'month', approx: true } },
    {
      text: 'Dozens of people were hurt.',
      expected: { value: 24, max: 99, bound: 'vague', counted: 'people' }
    },
    { text: 'At least 50 people were killed.', expected: { value: 50, bound: 'min', approx: false } },
    { text: 'Up to 200 troops were deployed.', expected: { value: 200, bound: 'max', counted: 'troops' } },
    { text: 'A 4.6-magnitude quake struck the region.', expected: { value: 4.6, unit: 'magnitude' } },
    { text: 'Raj Chohan, 59, was killed by a drunk driver.', expected: { value: 59, counted: 'age' } },
    { text: 'A 66-year-old woman was hit.', expected: { value: 66, counted: 'age' } },
    { text: 'Robert Pitman, aged 24, was charged with arson.', expected: { value: 24, counted: 'age' } },
    { text: 'Smith Jr., 45, was hit by the car.', expected: { value: 45, counted: 'age' } },
    { text: 'He began skiing at age 5.', expected: { value: 5, counted: 'age' } },
    // An age set off after a noun for a person, or said of a person at the end of a clause; not a toll or a score.
    { text: 'The gunman, 20, opened fire.', expected: { value: 20, counted: 'age', text: '20' } },
    { text: 'She was 85.', expected: { value: 85, counted: 'age' } },
    { text: 'Police said the suspect is 31.', expected: { value: 31, counted: 'age' } },
    {
      text: 'Lopez, who was 18 at the time of the shooting, was hit.',
      expected: { value: 18, counted: 'age' }
    },
    // A bare count as the object of an outcome verb counts people; a part of a group does not.
    { text: 'The blast killed 12, police said.', expected: { value: 12, counted: 'people' } },
    {
      text: 'Police arrested at least 30 on Sunday.',
      expected: { value: 30, bound: 'min', counted: 'people' }
    },
    { text: 'The firm paid $1.2 million in fines.', expected: { value: 1_200_000, unit: 'USD' } },
    { text: 'Turnout rose to 63.5% this year.', expected: { value: 63.5, unit: 'percent' } },
    { text: 'She hosted the 86th Academy Awards.', expected: { value: 86, unit: 'ordinal' } },
    { text: 'Between 5 and 7 people were rescued.', expected: { value: 5, max: 7 } },
    { text: 'Tickets cost 5 to $7.', expected: { value: 5, max: 7, unit: 'USD', text: '5 to $7' } },
    // A share and then a bare figure or an amount: the change and the level it reached, no range.
    {
      text: 'The index fell 1.23 percent to 981.73.',
      expected: { value: 1.23, unit: 'percent', text: '1.23 percent' }
    },
    { text: 'Prices rose 3 percent to $4.50.', expected: { value: 3, unit: 'percent', text: '3 percent' } },
    { text: SEED.microsoft, expected: { value: 2, counted: 'groups' } },
    // A whole number and its fraction are one figure.
    {
      text: 'He served 4 1/2 months in prison.',
      expected: { value: 4.5, unit: 'month', text: '4 1/2 months' }
    },
    { text: 'He served 4½ years in prison.', expected: { value: 4.5, unit: 'year', text: '4½ years' } },
    {
      text: 'He served two and a half years in prison.',
      expected: { value: 2.5, unit: 'year', text: 'two and a half years' }
    },
    { text: 'He was jailed for four-and-a-half years.', expected: { value: 4.5, unit: 'year' } },
    { text: 'He served half a year in prison.', expected: { value: 0.5, unit: 'year', text: 'half a year' } },
    // A device's specifications, written onto the figure or after it.
    { text: 'The phone has 16GB of storage.', expected: { value: 16, unit: 'GB', text: '16GB' } },
    {
      text: 'The base model comes with 32 GB of storage.',
      expected: { value: 32, unit: 'GB', text: '32 GB' }
    },
    { text: 'It runs a 1.3GHz dual-core chip.', expected: { value: 1.3, unit: 'GHz', text: '1.3GHz' } },
    { text: 'It has an 8MP camera.', expected: { value: 8, unit: 'megapixel', text: '8MP' } },
    { text: 'It has an 8-megapixel camera.', expected: { value: 8, unit: 'megapixel', text: '8-megapixel' } },
    { text: 'The battery holds 1,440mAh.', expected: { value: 1440, unit: 'mAh', text: '1,440mAh' } }
  ];

  it.each(cases)('reads "$text"', ({ text, expected }) => {
    const found = findQuantities(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject(expected);
    expect(text.slice(found[0].start, found[0].end)).toBe(found[0].text);
  });

  // [text, the figure, its kind]: what a figure is when it is no plain value of what it counts.
  const kinds: [string, string, Quantity['kind']][] = [
    ['Two F 16 jets flew over.', '16', 'model'],
    ['Two F 16 jets flew over.', 'Two', undefined],
    // The article "A" opening a sentence names nothing.
    ['A 6.1-magnitude quake struck the island.', '6.1', undefined],
    ['A 66-year-old woman was hit.', '66', undefined],
    ['It happened in the 12000 block of East 223rd Street.', '12000', 'address'],
    ['The Mariners won five rounds sooner than expected.', 'five', 'difference'],
    ['He signed for $22 million per season.', '$22 million', 'rate'],
    ['Tickets cost $99 each.', '$99', 'rate'],
    ['He signed a $200 million contract.', '$200 million', undefined],
    ['Twelve people were killed.', 'Twelve', undefined],
    ["He was hurt in the team's Week 15 loss.", '15', 'model'],
    ['Flight 370 vanished with 239 people aboard.', '370', 'model'],
    ['Flight 370 vanished with 239 people aboard.', '239', undefined],
    ['Bush was hurt in a 27-24 loss to Chicago.', '27', 'score'],
    ['The jury was deadlocked at 9-3.', '9', 'score'],
    ['Rahman (45-7-2, 36 KOs) fell into the title shot.', '45', 'score'],
    ['Between 5-7 people were hurt.', '5-7', undefined],
    ['Verisign has now seen six variants of the attack software.', 'six', undefined],
    ['The 13-inch model starts at $1,199.', '13', 'model'],
    ['The USGS said it was a magnitude-6. 1 temblor.', '6. 1', undefined],
    ['The rule takes effect nine days before the inauguration.', 'nine days', 'difference'],
    ['The rules take effect in about 30 days.', '30 days', undefined],
    ['She suffered a heart attack almost three weeks ago.', 'three weeks', 'difference'],
    ['That left the Jaguars with 12 seconds left.', '12 seconds', 'difference'],
    ['The gunman killed 5 people before fleeing.', '5', undefined],
    ['The poll has a 4.5 percent margin of error.', '4.5 percent', 'difference']
  ];
  it.each(kinds)('"%s": %s is %s', (text, figure, kind) => {
    const found = findQuantities(text).find((q) => q.text.includes(figure));
    expect(found?.kind).toBe(kind);
  });

  it('leaves years, times and days of the month to findDates', () => {
    expect(findQuantities('On September 14, 2013 at 9:29 p.m. the car crashed.')).toEqual([]);
  });

  it('takes no numbered name in a list for an age ("IE6, 7, 8")', () => {
    expect(findQuantities('It affects IE6, 7, 8 and 9 on Windows.').map((q) => q.counted)).toEqual([
      undefined,
      undefined,
      undefined
    ]);
  });

  // [text, what the figure counts]: a number said with "is"/"was" is an age only when said of a person.
  const saidOf: [string, string | undefined][] = [
    ['The death toll was 31.', undefined],
    ['It was 20, police said.', undefined],
    ['The score was 21, with three minutes left.', undefined],
    ['The shooter was 20.', 'age'],
    ['Reid is 33, her agent said.', 'age']
  ];
  it.each(saidOf)('"%s" counts %s', (text, counted) => {
    expect(findQuantities(text)[0].counted).toBe(counted);
  });
});

describe('findDates', () => {
  const published = '2022-09-22';
  const cases: { text: string; from: string; to: string; precision?: string; time?: string }[] = [
    { text: SEED.wednesday, from: '2022-09-21', to: '2022-09-21', precision: 'day' },
    { text: SEED.list, from: '1997-08-10', to: '2012-09-28' },
    {
      text: 'A severe cyber attack hit the country in mid-July.',
      from: '2022-07-11',
      to: '2022-07-20',
      precision: 'vague'
    },
    { text: 'Albania broke off relations in early September.', from: '2022-09-01', to: '2022-09-10' },
    { text: 'The hackers struck again last week.', from: '2022-09-12', to: '2022-09-18' },
    {
      text: 'Since 2013, the group has lived in Albania.',
      from: '2013-01-01',
      to: '2013-12-31',
      precision: 'year'
    },
    {
      text: 'She was struck at about 7 p.m., police said.',
      from: '2022-09-22T19:00',
      to: '2022-09-22T19:00',
      time: '19:00'
    },
    { text: 'The ceremony will be held on Sunday, March 2, 2014.', from: '2014-03-02', to: '2014-03-02' }
  ];

  it.each(cases)('resolves "$text"', ({ text, from, to, precision, time }) => {
    const [date] = findDates(text, 0, published);
    expect(date).toBeDefined();
    expect([date.from, date.to]).toEqual([from, to]);
    if (precision) expect(date.precision).toBe(precision);
    if (time) expect(date.time).toBe(time);
    expect(text.slice(date.start, date.end)).toBe(date.text);
  });

  it('takes no abbreviated weekday on its own for a date ("the sun", "The Sun")', () => {
    expect(findDates('It takes 165 years to orbit the sun, astronomers said.', 0, published)).toEqual([]);
    expect(findDates('He told The Sun he would stay.', 0, published)).toEqual([]);
    // A weekday said to be scheduled is still to come (22 September 2022 was a Thursday).
    expect(findDates('The trial is scheduled to resume Monday.', 0, published)[0].from).toBe('2022-09-26');
    expect(findDates('The trial resumed Monday.', 0, published)[0].from).toBe('2022-09-19');
    // A day with a name of its own; the capitalised name only ("an emergency patch yesterday" is a date).
    expect(findDates('Microsoft released the fix on Patch Tuesday.', 0, published)).toEqual([]);
    expect(findDates('They shopped on Black Friday.', 0, published)).toEqual([]);
    expect(findDates('Microsoft was to release a patch yesterday.', 0, published).map((d) => d.text)).toEqual(
      ['yesterday']
    );
    expect(findDates('The vote is on Sun. 12 March 2023.', 0, published)[0].from).toBe('2023-03-12');
  });

  // A number after "Sunday," counts what follows unless a time word makes it an hour; a figure or a score before a
  // weekday or a month is no day of the month; a comma after the date is no part of it.
  const counts: [string, string, string, number[]][] = [
    ['On Sunday, 19 people were killed in the blast.', 'On Sunday', '2022-09-18', [19]],
    ['Before Sunday, 19 firefighters had died on duty.', 'Sunday', '2022-09-18', [19]],
    ['The blast came on Sunday, 9 p.m. local time.', 'on Sunday, 9 p.m.', '2022-09-18T21:00', []],
    ['The blast came on Sunday, 19:30 local time.', 'on Sunday, 19:30', '2022-09-18T19:30', []],
    [
      'The shooting of Alexis Grigoropoulos, 15, on Saturday sparked riots.',
      'on Saturday',
      '2022-09-17',
      [15]
    ],
    ['Hansbrough scored 20 Thursday night to break the record.', 'Thursday', '2022-09-22', [20]],
    ["He was hurt in the Saints' 30-7 Oct. 19 loss at Carolina.", 'Oct. 19', '2022-10-19', [30]],
    ['Kimani Gray was shot by police on Saturday, according to witnesses.', 'on Saturday', '2022-09-17', []]
  ];
  it.each(counts)('reads "%s" as the date "%s"', (text, dateText, from, figures) => {
    const [date] = findDates(text, 0, published);
    expect([date.text, date.from]).toEqual([dateText, from]);
    expect(findQuantities(text).map((q) => q.value)).toEqual(figures);
  });

  it('takes no game clock for a time of day ("with 7:42 left", "with 1:41 to play")', () => {
    expect(findDates('Hansbrough tied Ford with 14:05 left in the first half.', 0, published)).toEqual([]);
    expect(findDates('Drake scored two free throws with 1:41 to play.', 0, published)).toEqual([]);
    expect(findDates('The game was tied with 6:00 minutes remaining.', 0, published)).toEqual([]);
    expect(findDates('The referee stopped the fight at the 2:15 mark.', 0, published)).toEqual([]);
    expect(findDates('The quake struck at 14:05 local time.', 0, published)[0].time).toBe('14:05');
  });

  it('reads a time whose colon or point machine-detokenized text spaced ("at 1: 00pm CST", "by 6. 30am")', () => {
    const [date] = findDates('Posted December 15, 2008 at 1: 00pm CST', 0, published);
    expect([date.text, date.from]).toEqual(['December 15, 2008 at 1: 00pm CST', '2008-12-15T13:00']);
    const [time] = findDates('By 6. 30am the fire had been contained.', 0, published);
    expect([time.text, time.time]).toEqual(['6. 30am', '06:30']);
    expect(findQuantities('By 6. 30am the fire had been contained.')).toEqual([]);
    expect(findQuantities('By 6.30am the fire had been contained.')).toEqual([]);
  });

  it('leaves out relative dates when there is no publication date', () => {
    expect(findDates('NATO sent a delegation on Wednesday.', 0)).toEqual([]);
    expect(findDates('It happened on August 10, 1997.', 0)[0].from).toBe('1997-08-10');
  });
});

describe('findAttribution', () => {
  const cases: { text: string; source: string; verb: string }[] = [
    { text: SEED.authorities, source: 'the Albanian authorities', verb: 'according to' },
    { text: SEED.microsoft, source: 'Microsoft', verb: 'concluded' },
    { text: SEED.peleshi, source: 'Defense Minister Niko Peleshi', verb: 'said' },
    {
      text: 'The government in Tirana also blames Iran for this attack.',
      source: 'The government in Tirana',
      verb: 'blames'
    },
    {
      text: 'A grandmother was mowed down by a hit-and-run driver, cops and family said.',
      source: 'cops and family',
      verb: 'said'
    },
    {
      text: '“We are really just shocked,” said her nephew, Ravi Singh.',
      source: 'her nephew, Ravi Singh',
      verb: 'said'
    },
    { text: 'The minister told Reuters the border was closed.', source: 'The minister', verb: 'told' },
    // Headlines credit their source before a colon: a name, or a common noun that speaks.
    { text: 'Cops: Queens Woman Killed In Hit-And-Run', source: 'Cops', verb: ':' },
    { text: 'Local police: suspect fled the scene', source: 'Local police', verb: ':' }
  ];

  it.each(cases)('credits "$text" to $source', ({ text, source, verb }) => {
    const attribution = findAttribution(text, 10);
    expect(attribution).toMatchObject({ source, verb });
    expect(attribution!.start).toBeGreaterThanOrEqual(10);
  });

  it.each([
    SEED.mek,
    'The price was not disclosed.',
    'The attack hit the country in July.',
    // A headline's topic before a colon is not who says it (the demo radio's headline).
    'Kellby flood: five dead, thousands leave their homes'
  ])('finds no source in "%s"', (text) => expect(findAttribution(text)).toBeNull());
});

describe('findCertainty', () => {
  const cases: { text: string; certainty: string; hedge?: string }[] = [
    { text: SEED.suspected, certainty: 'hedged', hedge: 'suspected' },
    { text: 'The man allegedly fled the scene.', certainty: 'hedged', hedge: 'allegedly' },
    { text: 'Iran may have been behind the attack.', certainty: 'hedged', hedge: 'may' },
    { text: 'The suspect is believed to be 23.', certainty: 'hedged', hedge: 'believed to' },
    { text: 'Police believe the gunman acted alone.', certainty: 'hedged', hedge: 'believe' },
    { text: 'Investigators suspect that the fire was set.', certainty: 'hedged', hedge: 'suspect' },
    { text: 'I believe in second chances, the mayor said.', certainty: 'attributed' },
    { text: 'Police arrested two suspects the next day.', certainty: 'asserted' },
    { text: 'Tehran denied any involvement in the attack.', certainty: 'denied' },
    { text: 'Officials said there was no evidence that Iran was involved.', certainty: 'denied' },
    { text: SEED.authorities, certainty: 'attributed' },
    { text: 'Albania is a member of the western defense alliance NATO.', certainty: 'asserted' }
  ];

  it.each(cases)('"$text" is $certainty', ({ text, certainty, hedge }) => {
    const result = findCertainty(text, findAttribution(text));
    expect(result.certainty).toBe(certainty);
    if (hedge) expect(result.hedges).toContain(hedge);
  });
});

describe('quotes, negation, loaded wording and lemmas', () => {
  it('finds direct quotes with absolute offsets and ignores apostrophes', () => {
    const text = SEED.appathurai;
    const quotes = findQuotes(text, 5);
    expect(quotes.map((q) => text.slice(q.start - 5, q.end - 5))).toEqual([
      '“political and practical support”'
    ]);
  });

  const negations: { text: string; negated: boolean }[] = [
    { text: SEED.peleshi, negated: true },
    { text: 'The suspect did not stop at the scene.', negated: true },
    { text: 'No one was hurt.', negated: true },
    { text: 'Police never found the car.', negated: true },
    { text: 'The vote was not only early but also decisive.', negated: false },
    // A time the event waits for is no denial of it.
    { text: 'Normal service may not be restored until 31 December.', negated: false },
    { text: "The repair ship won't arrive till Monday.", negated: false },
    { text: 'The ship will not arrive, and repairs may take until March.', negated: true },
    { text: '“I did not see anything,” the witness said.', negated: false },
    { text: SEED.microsoft, negated: false },
    { text: 'Microsoft concluded that Iran was not behind the attack.', negated: true },
    { text: 'The man who did not stop was arrested.', negated: false },
    { text: 'Police arrested the man because he did not stop.', negated: false },
    { text: 'They were not affected because they are disconnected.', negated: true }
  ];
  it.each(negations)('negation of "$text" is $negated', ({ text, negated }) => {
    expect(findNegation(text).negated).toBe(negated);
  });

  const loaded: { text: string; expected: string[] }[] = [
    { text: SEED.terror, expected: ['unprecedented', 'terror'] },
    { text: SEED.militant, expected: ['militant', '“opposition group”'] },
    {
      text: 'Since 2013 they have lived in a hermetically sealed camp near Tirana.',
      expected: ['hermetically sealed']
    },
    { text: 'The senator slammed the brutal regime.', expected: ['slammed', 'brutal', 'regime'] },
    { text: 'Albania is a member of the western defense alliance NATO.', expected: [] }
  ];
  it.each(loaded)('loaded wording in "$text"', ({ text, expected }) => {
    expect(findLoaded(text)).toEqual(expected);
  });

  it('lemmatises content words, drops stop words and normalises numbers', () => {
    const lemmas = findLemmas(SEED.mek);
    expect(lemmas).toEqual(expect.arrayContaining(['member', 'residence', 'mujahideen', 'albania', '#3000']));
    expect(lemmas).not.toContain('the');
    expect(lemmas).not.toContain('of');
    expect(findLemmas('Microsoft concluded that the groups were behind the attacks.')).toEqual(
      expect.arrayContaining(['microsoft', 'conclude', 'group', 'attack'])
    );
  });
});
