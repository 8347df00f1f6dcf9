import { describe, expect, it } from 'vitest';
import { mergeRedundantFacts } from '../../../src/lib/analysis/mergeRedundantFacts';

describe('mergeRedundantFacts', () => {
  it.each([
    {
      name: 'a fact whose claims all stand in a larger one joins it as primary members',
      primary: [
        [0, 1],
        [2, 3]
      ],
      all: [
        [0, 1, 2, 3],
        [2, 3, 0]
      ],
      expected: { primary: [[0, 1, 2, 3]], all: [[0, 1, 2, 3]] }
    },
    {
      name: 'two facts listing the same claims become one (the earlier stays)',
      primary: [
        [0, 1],
        [2, 3]
      ],
      all: [
        [0, 1, 2, 3],
        [2, 3, 0, 1]
      ],
      expected: { primary: [[0, 1, 2, 3]], all: [[0, 1, 2, 3]] }
    },
    {
      name: 'a chain of containments ends in the largest fact, secondary members kept after the primary ones',
      primary: [[0], [1, 2], [3, 4]],
      all: [
        [0, 1, 2, 3],
        [1, 2, 0],
        [3, 4, 0, 1, 2]
      ],
      expected: { primary: [[0, 1, 2, 3, 4]], all: [[0, 1, 2, 3, 4]] }
    },
    {
      name: 'two facts listing nearly the same claims (Jaccard 0.75) become one, every claim kept',
      primary: [[0, 1, 2, 3], [4]],
      all: [
        [0, 1, 2, 3, 5, 6, 7],
        [4, 0, 1, 2, 3, 5, 7]
      ],
      expected: { primary: [[0, 1, 2, 3, 4]], all: [[0, 1, 2, 3, 4, 5, 6, 7]] }
    },
    {
      name: 'a fact that adds a claim of its own stays',
      primary: [
        [0, 1],
        [2, 3]
      ],
      all: [
        [0, 1, 2],
        [2, 3, 0]
      ],
      expected: {
        primary: [
          [0, 1],
          [2, 3]
        ],
        all: [
          [0, 1, 2],
          [2, 3, 0]
        ]
      }
    },
    {
      name: 'a small fact inside a much larger fact stays its own fact',
      primary: [
        [0, 1, 2, 3, 4],
        [5, 6]
      ],
      all: [
        [0, 1, 2, 3, 4, 5, 6],
        [5, 6]
      ],
      expected: {
        primary: [
          [0, 1, 2, 3, 4],
          [5, 6]
        ],
        all: [
          [0, 1, 2, 3, 4, 5, 6],
          [5, 6]
        ]
      }
    },
    {
      name: 'single claims are left alone',
      primary: [[0, 1], [2]],
      all: [[0, 1, 2], [2]],
      expected: { primary: [[0, 1], [2]], all: [[0, 1, 2], [2]] }
    }
  ])('$name', ({ primary, all, expected }) => {
    const before = JSON.stringify({ primary, all });
    expect(mergeRedundantFacts(primary, all)).toEqual(expected);
    expect(JSON.stringify({ primary, all })).toBe(before);
  });
});
