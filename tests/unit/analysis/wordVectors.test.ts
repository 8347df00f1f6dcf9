import { describe, expect, it } from 'vitest';
import table from '../../../src/lib/analysis/model/wordVectors.json';
import { pairOverlap } from '../../../src/lib/analysis/pairFeatures';
import { profileSentence } from '../../../src/lib/analysis/profileSentence';
import {
  meanVectorCosine,
  softCoverage as coverage,
  softCredits,
  wordCosine,
  wordId,
  wordSide
} from '../../../src/lib/analysis/wordVectors';

const softCoverage = (a: string[], b: string[], idf: (w: string) => number) =>
  coverage(wordSide(a), wordSide(b), idf);

describe('wordCosine', () => {
  // [a, b, lower bound, upper bound]: near-synonyms and a capital for its country are close, unrelated words not.
  const cases: [string, string, number, number][] = [
    ['quake', 'earthquake', 0.9, 1],
    ['iran', 'tehran', 0.8, 0.9],
    ['capital', 'city', 0.7, 0.75],
    ['arrest', 'detain', 0.6, 0.65],
    ['kill', 'die', 0.5, 0.6],
    ['police', 'banana', 0, 0.1]
  ];
  it.each(cases)('%s ~ %s is in [%f, %f]', (a, b, low, high) => {
    const cos = wordCosine(wordId(a), wordId(b));
    expect(cos).toBeGreaterThanOrEqual(low);
    expect(cos).toBeLessThanOrEqual(high);
    expect(wordCosine(wordId(b), wordId(a))).toBe(cos);
  });
  it('is the dot product of the two stored rows over 127², exactly', () => {
    // The reference: one plain sum over the table as stored (wordCosine sums in four running sums).
    const rows = new Int8Array(Buffer.from(table.vectors, 'base64'));
    const dot = (a: number, b: number) => {
      let sum = 0;
      for (let d = 0; d < table.dimensions; d++)
        sum += rows[a * table.dimensions + d] * rows[b * table.dimensions + d];
      return sum / (127 * 127);
    };
    for (const [a, b] of [
      ['quake', 'earthquake'],
      ['arrest', 'detain'],
      ['police', 'banana'],
      ['kill', 'die']
    ])
      expect(wordCosine(wordId(a), wordId(b))).toBe(dot(wordId(a), wordId(b)));
  });
  it('is 1 for the same word and 0 for a word without a vector', () => {
    expect(wordCosine(wordId('police'), wordId('police'))).toBe(1);
    expect(wordId('qzxwv')).toBe(-1);
    expect(wordCosine(wordId('qzxwv'), wordId('police'))).toBe(0);
  });
});

describe('softCredits', () => {
  const credit = (a: string, b: string) => (wordCosine(wordId(a), wordId(b)) - 0.5) / 0.5;
  // [side a, side b, a's credits by meaning, b's]: [position, credit, ...] only for lemmas the other side lacks.
  const cases: [string[], string[], number[], number[]][] = [
    [
      ['quake', 'police'],
      ['earthquake', 'police'],
      [0, credit('quake', 'earthquake')],
      [0, credit('quake', 'earthquake')]
    ],
    [['police', 'quake'], ['police'], [], []],
    [['police'], ['police', 'banana'], [], []],
    [['police', 'banana'], ['earthquake', 'police'], [], []]
  ];
  it.each(cases)('%j ~ %j', (a, b, creditsA, creditsB) => {
    expect(softCredits(wordSide(a), wordSide(b))).toEqual({ a: creditsA, b: creditsB });
  });
});

describe('pairOverlap', () => {
  // [sentence a, sentence b, positions of a and of b covered only by a WordNet synonym]
  const cases: [string, string, number[], number[]][] = [
    ['The car crashed', 'The automobile crashed', [0], [0]],
    ['He died', 'He perished', [0], [0]],
    ['The car crashed', 'The car crashed', [], []],
    ['Police arrested the suspect', 'Police detained the suspect', [], []]
  ];
  it.each(cases)('%s ~ %s', (a, b, synonymA, synonymB) => {
    const overlap = pairOverlap(profileSentence(a), profileSentence(b));
    expect([overlap.synonymA, overlap.synonymB]).toEqual([synonymA, synonymB]);
  });
});

describe('softCoverage', () => {
  const flat = () => 1;
  const cases: [string, string[], string[], number, number][] = [
    ['the same words', ['police', 'arrest', 'driver'], ['driver', 'police', 'arrest'], 1, 1],
    ['nothing in common', ['police', 'arrest', 'driver'], ['phone', 'price', 'launch'], 0, 0],
    [
      'a quake that killed people, in other words (frequent words match only literally)',
      ['quake', 'kill', 'people'],
      ['earthquake', 'claim', 'life'],
      0.25,
      0.35
    ],
    [
      'half the words shared',
      ['iran', 'albania', 'sever', 'relation'],
      ['albania', 'iran', 'cut', 'tie'],
      0.5,
      0.5
    ]
  ];
  it.each(cases)('%s', (_, a, b, low, high) => {
    const s = softCoverage(a, b, flat);
    expect(s).toBeGreaterThanOrEqual(low);
    expect(s).toBeLessThanOrEqual(high);
    expect(softCoverage(b, a, flat)).toBeCloseTo(s, 12);
  });
  it('weighs words by IDF', () => {
    const idf = (w: string) => (w === 'albania' ? 10 : 1);
    expect(softCoverage(['albania', 'banana'], ['albania', 'police'], idf)).toBeCloseTo(10 / 11, 12);
  });
  it('is 0 when a side is empty', () => {
    expect(softCoverage([], ['police'], flat)).toBe(0);
  });
});

describe('meanVectorCosine', () => {
  const one = () => 1;
  // The cosine of two stored rows, each over its own length (the stored rows are unit vectors only up to rounding).
  const rowCosine = (a: string, b: string) => {
    const rows = new Int8Array(Buffer.from(table.vectors, 'base64'));
    const row = (w: string) =>
      Array.from(rows.subarray(wordId(w) * table.dimensions, (wordId(w) + 1) * table.dimensions));
    const [x, y] = [row(a), row(b)];
    const dot = (u: number[], v: number[]) => u.reduce((s, ui, d) => s + ui * v[d], 0);
    return dot(x, y) / Math.sqrt(dot(x, x) * dot(y, y));
  };
  it.each([
    // One word a side: the cosine of the two words.
    [['quake'], ['earthquake'], rowCosine('quake', 'earthquake')],
    // The same words in another order and repeated: the same mean.
    [['police', 'arrest'], ['arrest', 'police', 'police'], 1],
    // Words without vectors count for nothing; a side with none gives 0.
    [['police', 'qzxwv'], ['police'], 1],
    [['qzxwv'], ['police'], 0]
  ])('%j ~ %j = %f', (a, b, expected) => {
    expect(meanVectorCosine(a, b, one)).toBeCloseTo(expected, 12);
    expect(meanVectorCosine(b, a, one)).toBeCloseTo(expected, 12);
  });
  it('weighs each word by its IDF', () => {
    // With "police" weighed 1,000 times "banana", the mean of [police, banana] is nearly "police".
    const idf = (w: string) => (w === 'police' ? 1000 : 1);
    expect(meanVectorCosine(['police', 'banana'], ['police'], idf)).toBeGreaterThan(0.999);
    expect(meanVectorCosine(['police', 'banana'], ['police'], one)).toBeLessThan(0.8);
  });
});
