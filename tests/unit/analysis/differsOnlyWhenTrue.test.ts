// "Differs" only when it is true (issue 9): values that fit together never conflict, a difference in certainty is
// no discrepancy unless one side denies, and only the odd outlet differs. (The view lists one conflict between
// two outlets once: tests/unit/charts/discrepancies.test.ts.)
import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { compareValues } from '../../../src/lib/analysis/compareValues';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';

const claimOf = (text: string, published?: string) =>
  extractClaims({ id: text, outlet: text, text, published }).find((c) => c.kind === 'claim')!;

describe('values that fit together never conflict', () => {
  // [first claim, second claim, publication dates (same day unless given), expected discrepancy types]
  const cases: [string, string, [string?, string?], string[]][] = [
    ['12 people were killed in the blast.', 'Twelve people were killed in the blast.', [], []],
    ['Twelve people were killed in the blast.', 'Fifteen people were killed in the blast.', [], ['number']],
    ['Between 10 and 15 people were hurt.', '12 people were hurt.', [], []],
    ['About 3,000 people were evacuated.', '2,987 people were evacuated.', [], []],
    ['Dozens of people were injured.', 'At least 50 people were injured.', [], []],
    [
      'The blast happened on Monday evening.',
      'The blast happened at 8 p.m.',
      ['2024-03-04', '2024-03-04'],
      []
    ],
    [
      'The blast happened last night.',
      'The blast happened on Monday evening.',
      ['2024-03-05', '2024-03-05'],
      []
    ],
    [
      'The blast happened at 8 p.m. on Monday.',
      'The blast happened last night.',
      ['2024-03-04', '2024-03-05'],
      []
    ],
    [
      'The company laid off 200 workers.',
      'The company denied that it laid off 200 workers.',
      [],
      ['certainty']
    ],
    ['The driver was drunk, police said.', 'The driver was allegedly drunk.', [], []]
  ];
  it.each(cases)('%s | %s', (a, b, [pa, pb], expected) => {
    const found = compareValues(claimOf(a, pa), claimOf(b, pb)).map((d) => d.type);
    expect(found).toEqual(expected);
  });
});

describe('one outlet with another toll', () => {
  const toll = (outlet: string, n: string) => ({
    id: outlet,
    outlet,
    text: `${n} people were killed when the dam burst near Kellby on Monday. Officials said ${n.toLowerCase()} people were killed when the dam burst.`
  });
  const result = analyzeEvent({
    event: { title: 'dam' },
    articles: [toll('A', 'Four'), toll('B', 'Four'), toll('C', 'Five')]
  });

  it('paints only the odd outlet "differs"', () => {
    const group = result.groups.find((g) => g.discrepancies.some((d) => d.type === 'number'))!;
    expect(group.outlets).toEqual({ A: 'same', B: 'same', C: 'differ' });
  });
});
