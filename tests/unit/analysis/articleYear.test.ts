// The year an article reports from, and the claims that look back from it (articleYear): a figure of an earlier
// happening the story recalls is no value of the current one's fact.
import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { articleYear, looksBack, pointsBack } from '../../../src/lib/analysis/articleYear';
import { claimComparer } from '../../../src/lib/analysis/claimComparer';
import { compareValues } from '../../../src/lib/analysis/compareValues';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';

const unitsOf = (text: string) => extractClaims({ id: 'x', outlet: 'x', text });
const claimOf = (text: string) => unitsOf(text).find((c) => c.kind === 'claim')!;

describe('articleYear', () => {
  // [publication date, text, year]
  const cases: [string | undefined, string, number | undefined][] = [
    ['2005-11-27T10:00:00Z', 'In December 2003, a quake razed Bam.', 2005],
    [undefined, 'Sun Nov 27, 2005. A quake hit Qeshm on Sunday. In December 2003, a quake razed Bam.', 2005],
    [undefined, 'In 2003 a quake razed Bam. In 2005 one hit Qeshm.', 2005],
    [undefined, 'A quake hit the island on Sunday.', undefined]
  ];
  it.each(cases)('%s | %s', (published, text, year) => {
    expect(articleYear(published, unitsOf(text))).toBe(year);
  });
});

describe('looksBack', () => {
  // [claim, its article's year, looks back]
  const cases: [string, number | undefined, boolean][] = [
    ['In December 2003, a quake razed the city of Bam.', 2005, true],
    ['The quake, the worst since 2003, struck on November 27, 2005.', 2005, false],
    ['The quake killed 10 people on Sunday.', 2005, false],
    ['In December 2003, a quake razed the city of Bam.', undefined, false],
    // A year that is only a record's yardstick dates nothing the claim reports.
    ['The river peaked at 6.1 metres, the highest level since records began in 1952.', 2022, false],
    ['It was the deadliest quake in the region since 1906.', 2022, false],
    ['The team won its first title since 2000.', 2022, false],
    ['The river peaked at 6.1 metres in 1952.', 2022, true],
    ['Barriers were built since 1952.', 2022, true]
  ];
  it.each(cases)('%s (%s)', (text, year, back) => {
    expect(looksBack(claimOf(text), year)).toBe(back);
  });
});

describe('figures of an earlier happening', () => {
  const recalled = 'In December 2003, a quake killed more than 26,000 people in the city of Bam.';
  // [first claim, second claim, their articles' year, expected discrepancy types]
  const cases: [string, string, number | undefined, string[]][] = [
    [recalled, 'The quake killed 10 people on Sunday.', 2005, []],
    // Its month with no day dates it as background even where the article's year is unknown.
    [recalled, 'The quake killed 10 people on Sunday.', undefined, []],
    [
      'A quake killed more than 26,000 people in the city of Bam in 2003.',
      'The quake killed 10 people on Sunday.',
      undefined,
      ['number']
    ],
    [
      'The quake killed 12 people on November 27, 2005.',
      'The quake killed 10 people on Sunday.',
      2005,
      ['number']
    ],
    [
      'The river peaked at 5.8 metres shortly after midnight.',
      'The river peaked at 6.1 metres, the highest level since records began in 1952.',
      2022,
      ['number']
    ]
  ];
  it.each(cases)('%s | %s (%s)', (a, b, year, types) => {
    const found = compareValues(claimOf(a), claimOf(b), { yearOf: () => year }).map((d) => d.type);
    expect(found).toEqual(types);
  });

  it('are not set against the current toll in an event', () => {
    const article = (outlet: string, toll: string) => ({
      id: outlet,
      outlet,
      published: '2005-11-28T09:00:00Z',
      text: `A quake killed ${toll} people on Qeshm island on Sunday. In December 2003, a quake killed more than 26,000 people in the city of Bam.`
    });
    const result = analyzeEvent({
      event: { title: 'quake' },
      articles: [article('A', '10'), article('B', '10')]
    });
    expect(result.facts.flatMap((f) => f.discrepancies)).toEqual([]);
  });
});

describe('pointsBack', () => {
  // [claim, reports what the claim before it does]
  const cases: [string, boolean][] = [
    ['It killed 612 people and injured more than 1,400.', true],
    ['That quake left thousands of people homeless.', true],
    ['This was the third quake to hit the island.', true],
    ['It is thought that 65% of traffic to India was down.', false],
    ["It's unclear how many people died.", false],
    ['It’s thought that 65% of traffic was down.', false],
    ['It was not clear how many people died.', false],
    ['It may take weeks to count the dead.', false],
    // Its own date says when.
    ['It killed 10 people on November 27, 2005.', false],
    ['The quake killed 612 people.', false]
  ];
  it.each(cases)('%s', (text, back) => {
    expect(pointsBack(claimOf(text))).toBe(back);
  });
});

describe('a claim that points back is dated by the claim before it', () => {
  const recall = 'The last major quake to hit southern Iran was in February, when a temblor rocked Zarand.';
  // [the other article's claims, this article's claims, number values found between their last claims]
  const cases: [string, string[], string[], string[][]][] = [
    ['the current toll', ['The quake killed 10 people on Sunday.'], [recall, 'It killed 612 people.'], []],
    [
      'both recall February',
      [recall, 'It killed 410 people.'],
      [recall, 'It killed 612 people.'],
      [['410', '612']]
    ],
    [
      'the claim before is no background',
      ['The quake killed 10 people on Sunday.'],
      ['A quake hit Qeshm island on Sunday.', 'It killed 12 people.'],
      [['10', '12']]
    ]
  ];
  it.each(cases)('%s', (_name, first, second, values) => {
    const article = (id: string, claims: string[]) => {
      const text = claims.join(' ');
      return { id, published: '2005-11-27', text, claims: extractClaims({ id, outlet: id, text }) };
    };
    const [a, b] = [article('a', first), article('b', second)];
    const last = (x: typeof a) => x.claims.filter((c) => c.kind === 'claim').at(-1)!;
    const found = claimComparer([a, b])(last(a), last(b)).filter((d) => d.type === 'number');
    expect(found.map((d) => d.values)).toEqual(values);
  });
});
