// The year an article reports from, and the claims that look back from it (articleYear): a figure of an earlier
// happening the story recalls is no value of the current one's fact.
import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { articleYear, looksBack } from '../../../src/lib/analysis/articleYear';
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
