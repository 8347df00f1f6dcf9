import { describe, expect, it } from 'vitest';
import {
  diffSentences,
  findDerivedCopies,
  type CopyCandidate
} from '../../../src/lib/analysis/findDerivedCopies';

// The seed article's sentences (RT), a re-write of it and an independent report of the same event.
const RT = [
  'NATO sent a high-level delegation to Albania on Wednesday to help the Balkan country deal with the aftermath of the recent cyberattack.',
  'The government in Tirana also blames Iran for this attack.',
  'Albania recently sought external support from Microsoft.',
  'The IT company then helped to restore the systems and analyze the Iranian cyber attack.',
  'Microsoft concluded that two Iranian groups sponsored by the Tehran government were behind the attack and a subsequent release of data.',
  'Tirana and Tehran have had a strained relationship for years.'
];
const REWRITE = [
  'NATO sent a high-level delegation to Albania on Wednesday to help the Balkan country deal with the aftermath of the recent cyberattack.',
  'The government in Tirana also blames Iran for this attack.',
  'Albania recently sought external support from the US company Microsoft.',
  'The IT company then helped to restore the systems and analyze the Iranian cyber attack.',
  'Microsoft concluded that two Iranian groups sponsored by the Tehran government were behind the attack and a subsequent release of data.',
  'Iran has denied any involvement.'
];
const INDEPENDENT = [
  'Alliance experts arrived in Tirana this week, led by deputy secretary-general James Appathurai.',
  'Albania cut diplomatic ties with Iran after a cyber attack in July that crippled government websites.',
  'Investigators working with Microsoft traced the intrusion to groups linked to Tehran.'
];

const article = (id: string, sentences: string[], published?: string): CopyCandidate => ({
  id,
  published,
  text: sentences.join(' '),
  sentences
});

describe('findDerivedCopies', () => {
  const cases: {
    name: string;
    articles: CopyCandidate[];
    expected: { article: string; source: string }[];
  }[] = [
    {
      name: 'a re-write published later is a copy of the original',
      articles: [
        article('rt', RT, '2022-09-22T21:15'),
        article('copy', REWRITE, '2022-09-23T08:00'),
        article('indep', INDEPENDENT)
      ],
      expected: [{ article: 'copy', source: 'rt' }]
    },
    {
      name: 'the publication date decides the direction',
      articles: [article('copy', REWRITE, '2022-09-21T08:00'), article('rt', RT, '2022-09-22T21:15')],
      expected: [{ article: 'rt', source: 'copy' }]
    },
    {
      name: 'independent reports of one event are not copies',
      articles: [article('rt', RT), article('indep', INDEPENDENT)],
      expected: []
    }
  ];
  it.each(cases)('$name', ({ articles, expected }) => {
    expect(findDerivedCopies(articles).map(({ article, source }) => ({ article, source }))).toEqual(expected);
  });

  it('reports the overlap and the added, removed and changed sentences', () => {
    const [copy] = findDerivedCopies([
      article('rt', RT, '2022-09-22'),
      article('copy', REWRITE, '2022-09-23')
    ]);
    expect(copy.overlap).toBeGreaterThan(0.6);
    expect(copy.overlap).toBeLessThanOrEqual(1);
    expect(copy.added).toEqual(['Iran has denied any involvement.']);
    expect(copy.removed).toEqual(['Tirana and Tehran have had a strained relationship for years.']);
    expect(copy.changed).toEqual([{ from: RT[2], to: REWRITE[2] }]);
  });
});

describe('diffSentences', () => {
  it('keeps identical sentences out of the diff', () => {
    expect(diffSentences(RT, RT)).toEqual({ added: [], removed: [], changed: [] });
  });
});
