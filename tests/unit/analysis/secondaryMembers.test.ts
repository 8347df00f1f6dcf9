import { describe, it, expect } from 'vitest';
import { addSecondaryMembers } from '../../../src/lib/analysis/addSecondaryMembers';
import type { ClaimEdge } from '../../../src/lib/analysis/alignClaims';

const edge = (a: number, b: number, score: number): ClaimEdge => ({ a, b, score, probability: score });

// Claims 0,1 (articles A, B) state fact X; claims 2,3 (articles C, D) state fact Y; claim 4 (article E) states both.
const articleOf = ['A', 'B', 'C', 'D', 'E'];
const primary = [
  [0, 1, 4],
  [2, 3]
];

describe('addSecondaryMembers', () => {
  it.each([
    {
      name: 'a claim strongly aligned with both partners of another fact joins it',
      edges: [
        edge(0, 1, 0.9),
        edge(0, 4, 0.8),
        edge(1, 4, 0.8),
        edge(2, 3, 0.9),
        edge(2, 4, 0.6),
        edge(3, 4, 0.5)
      ],
      minAverage: 0.5,
      expected: [
        [0, 1, 4],
        [2, 3, 4]
      ]
    },
    {
      name: 'a strong edge to only one of two partners is not enough (missing edges count 0)',
      edges: [edge(0, 1, 0.9), edge(0, 4, 0.8), edge(1, 4, 0.8), edge(2, 3, 0.9), edge(2, 4, 0.7)],
      minAverage: 0.5,
      expected: [
        [0, 1, 4],
        [2, 3]
      ]
    },
    {
      name: 'weak affinity leaves the partition unchanged',
      edges: [
        edge(0, 1, 0.9),
        edge(0, 4, 0.8),
        edge(1, 4, 0.8),
        edge(2, 3, 0.9),
        edge(2, 4, 0.2),
        edge(3, 4, 0.2)
      ],
      minAverage: 0.5,
      expected: [
        [0, 1, 4],
        [2, 3]
      ]
    },
    {
      name: 'claims of the same article as every member never join',
      edges: [edge(0, 1, 0.9), edge(2, 3, 0.9)],
      minAverage: 0,
      expected: [
        [0, 1, 4],
        [2, 3]
      ]
    }
  ])('$name', ({ edges, minAverage, expected }) => {
    const before = primary.map((g) => [...g]);
    expect(addSecondaryMembers(primary, articleOf, edges, minAverage)).toEqual(expected);
    expect(primary).toEqual(before);
  });

  it('joins one-claim facts of another article on a single strong edge', () => {
    expect(
      addSecondaryMembers([[0, 1], [2]], ['A', 'B', 'C'], [edge(0, 1, 0.9), edge(1, 2, 0.6)], 0.5)
    ).toEqual([
      [0, 1],
      [2, 1]
    ]);
  });
});
