import { describe, expect, it } from 'vitest';
import { primaryGroups } from '../../../src/lib/analysis/primaryGroups';
import type { ClaimGroup } from '../../../src/lib/analysis/types';

const group = (id: string, claims: string[], secondary?: string[]): ClaimGroup => ({
  id,
  claims,
  ...(secondary ? { secondary } : {}),
  label: id,
  verdict: 'same',
  outlets: {},
  discrepancies: [],
  cohesion: 1
});

describe('primaryGroups', () => {
  it.each([
    ['one group per claim', [group('g1', ['a', 'b']), group('g2', ['c'])], { a: 'g1', b: 'g1', c: 'g2' }],
    [
      'a claim listed as secondary elsewhere keeps its own group',
      [group('g1', ['b', 'a'], ['a']), group('g2', ['a', 'c'])],
      { a: 'g2', b: 'g1', c: 'g2' }
    ],
    [
      'the secondary listing comes first or last alike',
      [group('g1', ['a', 'c']), group('g2', ['b', 'a'], ['a'])],
      { a: 'g1', b: 'g2', c: 'g1' }
    ],
    ['no groups', [], {}]
  ] as [string, ClaimGroup[], Record<string, string>][])('%s', (_, groups, expected) => {
    const own = primaryGroups(groups);
    expect(Object.fromEntries([...own].map(([claim, g]) => [claim, g.id]))).toEqual(expected);
  });
});
