import { describe, expect, it } from 'vitest';
import { limitSharedClaims } from '../../../src/lib/analysis/limitSharedClaims';

describe('limitSharedClaims', () => {
  it.each([
    {
      name: 'a claim that states two facts stays listed in both when the facts share few claims',
      primary: [
        [0, 1, 2],
        [3, 4, 5]
      ],
      all: [
        [0, 1, 2, 3],
        [3, 4, 5]
      ],
      expected: [
        [0, 1, 2, 3],
        [3, 4, 5]
      ]
    },
    {
      name: 'the smaller fact drops its secondary listings when most of its claims stand in the other',
      primary: [
        [0, 1, 2, 3],
        [4, 5]
      ],
      all: [
        [0, 1, 2, 3, 4],
        [4, 5, 0, 1]
      ],
      expected: [
        [0, 1, 2, 3, 4],
        [4, 5]
      ]
    },
    {
      name: 'then the larger one drops its own, until at most half of the smaller fact is shared',
      primary: [
        [0, 1, 2, 3],
        [4, 5]
      ],
      all: [
        [0, 1, 2, 3, 4, 5],
        [4, 5]
      ],
      expected: [
        [0, 1, 2, 3, 5],
        [4, 5]
      ]
    },
    {
      name: 'primary members are never dropped',
      primary: [[0], [1]],
      all: [
        [0, 1],
        [1, 0]
      ],
      expected: [[0], [1]]
    }
  ])('$name', ({ primary, all, expected }) => {
    const result = limitSharedClaims(primary, all);
    expect(result).toEqual(expected);
    for (let x = 0; x < result.length; x++)
      for (let y = x + 1; y < result.length; y++) {
        const shared = result[x].filter((i) => result[y].includes(i)).length;
        expect(shared).toBeLessThanOrEqual(Math.min(result[x].length, result[y].length) / 2);
      }
  });
});
