import { describe, it, expect } from 'vitest';
import { adjustedRandIndex, bcubed, pairKey, prf, prfOfSets, sumPrf } from '../../scripts/eval/metrics';
import {
  baselineCluster,
  baselineIsNonClaim,
  baselineNumbersDiffer,
  baselineSplitSentences,
  contentWords,
  jaccard
} from '../../scripts/eval/baseline';

describe('prf', () => {
  it.each([
    // tp, fp, fn -> precision, recall, f1
    [3, 1, 2, 0.75, 0.6, 2 / 3],
    [5, 0, 0, 1, 1, 1],
    [0, 4, 2, 0, 0, 0],
    [0, 0, 3, 0, 0, 0], // nothing predicted: precision 0, not 1
    [2, 2, 6, 0.5, 0.25, 1 / 3]
  ])('tp=%i fp=%i fn=%i', (tp, fp, fn, precision, recall, f1) => {
    const result = prf(tp, fp, fn);
    expect(result.precision).toBeCloseTo(precision, 10);
    expect(result.recall).toBeCloseTo(recall, 10);
    expect(result.f1).toBeCloseTo(f1, 10);
  });

  it('counts a set prediction against a gold set, ignoring duplicates', () => {
    const result = prfOfSets([1, 2, 2, 3, 9], [1, 2, 3, 4, 5, 6]);
    expect([result.tp, result.fp, result.fn]).toEqual([3, 1, 3]);
  });

  it('micro-averages by summing counts', () => {
    const total = sumPrf([prf(1, 0, 1), prf(3, 2, 0)]);
    expect([total.tp, total.fp, total.fn]).toEqual([4, 2, 1]);
    expect(total.precision).toBeCloseTo(4 / 6, 10);
  });

  it('keys unordered pairs the same both ways', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
    expect(pairKey('a', 'bc')).not.toBe(pairKey('ab', 'c'));
  });
});

describe('adjustedRandIndex', () => {
  it.each([
    ['identical up to label names', [0, 0, 1, 1, 2], ['x', 'x', 'y', 'y', 'z'], 1],
    ['scikit-learn documentation example', [0, 0, 1, 1], [0, 0, 1, 2], 4 / 7],
    ['everything in one predicted cluster', ['a', 'a', 'b', 'b'], [1, 1, 1, 1], 0],
    ['all singletons predicted', ['a', 'a', 'b', 'b'], [1, 2, 3, 4], 0],
    ['both all singletons', [1, 2, 3], [4, 5, 6], 1],
    // contingency [[2,1],[1,2]]: index 2, gold pairs 6, predicted pairs 6, 15 pairs -> (2-2.4)/(6-2.4)
    ['worse than chance', [0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 1, 0], -0.4 / 3.6],
    // contingency [[3,0],[1,2]]: index 4, gold pairs 6, predicted pairs 7, 15 pairs -> (4-2.8)/(6.5-2.8)
    ['one item moved', [0, 0, 0, 1, 1, 1], [0, 0, 0, 0, 1, 1], 1.2 / 3.7]
  ])('%s', (_, gold, predicted, expected) => {
    expect(adjustedRandIndex(gold as unknown[], predicted as unknown[])).toBeCloseTo(expected, 10);
  });

  it('refuses clusterings of different sizes', () => {
    expect(() => adjustedRandIndex([1, 2], [1])).toThrow(/differ in size/);
  });
});

describe('bcubed', () => {
  it.each([
    ['identical', [0, 0, 1], ['a', 'a', 'b'], 1, 1],
    ['one predicted cluster', ['a', 'a', 'b', 'b'], [1, 1, 1, 1], 0.5, 1],
    ['all singletons predicted', ['a', 'a', 'b', 'b'], [1, 2, 3, 4], 1, 0.5],
    ['one gold cluster split', [0, 0, 1, 1], [0, 0, 1, 2], 1, 0.75],
    // gold {1,2,3}{4,5}; predicted {1,2}{3,4,5}: P = (1+1+1/3+2/3+2/3)/5, R = (2/3+2/3+1/3+1+1)/5
    ['mixed', [0, 0, 0, 1, 1], [0, 0, 1, 1, 1], 11 / 15, 11 / 15]
  ])('%s', (_, gold, predicted, precision, recall) => {
    const result = bcubed(gold as unknown[], predicted as unknown[]);
    expect(result.precision).toBeCloseTo(precision, 10);
    expect(result.recall).toBeCloseTo(recall, 10);
    expect(result.f1).toBeCloseTo((2 * precision * recall) / (precision + recall), 10);
  });
});

describe('word-overlap baseline', () => {
  it.each([
    [
      'Quake hits Aceh\nA 6.1 quake struck. Nobody died!',
      ['Quake hits Aceh', 'A 6.1 quake struck.', 'Nobody died!']
    ],
    ['He said "Go." Then he left.', ['He said "Go."', 'Then he left.']],
    ['Mr. Smith arrived. the end.', ['Mr.', 'Smith arrived. the end.']], // the baseline's known weakness
    ['  One line only  ', ['One line only']]
  ])('splits %j at [.!?] + space + capital and at newlines', (text, expected) => {
    expect(baselineSplitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it.each([
    [['alpha', 'beta'], ['beta', 'gamma'], 1 / 3],
    [['alpha'], ['alpha'], 1],
    [[], [], 0]
  ])('jaccard(%j, %j) = %d', (a, b, expected) => {
    expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(expected, 10);
  });

  it('drops stopwords from content words', () => {
    expect([...contentWords('The quake struck the city of Aceh, police said.')]).toEqual([
      'quake',
      'struck',
      'city',
      'aceh',
      'police'
    ]);
  });

  it('single-links texts through a chain of overlaps', () => {
    const labels = baselineCluster(
      ['red green blue', 'blue yellow orange', 'orange purple pink', 'cat dog mouse'],
      0.2
    );
    expect(labels[0]).toBe(labels[1]);
    expect(labels[1]).toBe(labels[2]);
    expect(labels[3]).not.toBe(labels[0]);
  });

  it.each([
    ['Posted 3 hours ago', false], // a timestamp, but "-ed" looks like a verb to the baseline
    ['Photo: Reuters', true],
    ['The earthquake struck the island at dawn.', false],
    ['Police arrested two men near the border.', false],
    ['Share this story with your friends', true], // no verb-like word the baseline recognises
    ['Video: the best moments from tonight', true]
  ])('calls %j a non-claim: %s', (sentence, expected) => {
    expect(baselineIsNonClaim(sentence)).toBe(expected);
  });

  it.each([
    ['The quake measured 4.6.', 'The quake measured 4.6 on the scale.', false],
    ['At least 5 people died.', 'At least 1 person died.', true],
    ['Some 1,200 homes were damaged.', 'About 1200 homes were damaged.', false],
    ['Five people died.', 'At least 5 people died.', false] // number words are not numbers to the baseline
  ])('numbers differ between %j and %j: %s', (a, b, expected) => {
    expect(baselineNumbersDiffer(a, b)).toBe(expected);
  });
});
