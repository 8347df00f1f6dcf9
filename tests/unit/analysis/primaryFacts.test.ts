import { describe, expect, it } from 'vitest';
import { primaryFacts } from '../../../src/lib/analysis/primaryFacts';
import type { Fact } from '../../../src/lib/analysis/types';

const fact = (id: string, claims: string[], secondary?: string[]): Fact => ({
  id,
  claims,
  ...(secondary ? { secondary } : {}),
  label: id,
  verdict: 'same',
  outlets: {},
  discrepancies: [],
  cohesion: 1
});

describe('primaryFacts', () => {
  it.each([
    ['one fact per claim', [fact('g1', ['a', 'b']), fact('g2', ['c'])], { a: 'g1', b: 'g1', c: 'g2' }],
    [
      'a claim listed as secondary elsewhere keeps its own fact',
      [fact('g1', ['b', 'a'], ['a']), fact('g2', ['a', 'c'])],
      { a: 'g2', b: 'g1', c: 'g2' }
    ],
    [
      'the secondary listing comes first or last alike',
      [fact('g1', ['a', 'c']), fact('g2', ['b', 'a'], ['a'])],
      { a: 'g1', b: 'g2', c: 'g1' }
    ],
    ['no facts', [], {}]
  ] as [string, Fact[], Record<string, string>][])('%s', (_, facts, expected) => {
    const own = primaryFacts(facts);
    expect(Object.fromEntries([...own].map(([claim, g]) => [claim, g.id]))).toEqual(expected);
  });
});
