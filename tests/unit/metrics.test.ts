import { describe, it, expect } from 'vitest';
import { adjustedRandIndex, bcubed, pairKey, prf, prfOfSets, sumPrf } from '../../scripts/eval/metrics';

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
