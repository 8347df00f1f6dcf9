import { describe, it, expect } from 'vitest';
import { upsetLayout, factOutlets } from '../../../src/lib/view/upset';
import type { AnalysisResult, Fact, Verdict } from '../../../src/lib/analysis/types';
import { buildAnalysisFixtureB, outletName, reports } from '../../fixtures/analysisFixtureB';

/** Facts given only by which outlets report them (verdicts), no claims needed. */
function resultOf(outlets: string[], reporters: string[][]): AnalysisResult {
  const facts: Fact[] = reporters.map((members, i) => ({
    id: `g${i}`,
    claims: [],
    label: `f${i}`,
    verdict: 'same',
    outlets: Object.fromEntries(
      outlets.map((o) => [o, (members.includes(o) ? 'same' : 'absent') as Verdict])
    ),
    discrepancies: [],
    cohesion: 1
  }));
  const summaries = outlets.map((outlet) => ({
    outlet,
    articles: [],
    claims: 0,
    nonClaims: 0,
    certainty: { asserted: 0, attributed: 0, hedged: 0, denied: 0 },
    sources: [],
    omissions: []
  }));
  return { engine: 't', articles: [], facts, outlets: summaries, agreement: [], derived: [] };
}

describe('upsetLayout', () => {
  const cases: { name: string; facts: string[][]; keys: string[]; sizes: [string, number][] }[] = [
    {
      name: 'two shared, one alone',
      facts: [['A', 'B'], ['B', 'A'], ['C']],
      keys: ['A + B', 'C'],
      sizes: [
        ['A', 2],
        ['B', 2],
        ['C', 1]
      ]
    },
    {
      name: 'ties broken by degree then name',
      facts: [['A'], ['A', 'B', 'C'], ['B']],
      keys: ['A + B + C', 'A', 'B'],
      sizes: [
        ['A', 2],
        ['B', 2],
        ['C', 1]
      ]
    },
    {
      name: 'set order follows size',
      facts: [['C'], ['C', 'B'], ['C']],
      keys: ['C', 'C + B'],
      sizes: [
        ['C', 3],
        ['B', 1],
        ['A', 0]
      ]
    }
  ];
  it.each(cases)('$name', ({ facts, keys, sizes }) => {
    const layout = upsetLayout(resultOf(['A', 'B', 'C'], facts));
    expect(layout.combinations.map((c) => c.key)).toEqual(keys);
    expect(layout.sets.map((s) => [s.outlet, s.size])).toEqual(sizes);
    expect(layout.combinations.reduce((n, c) => n + c.facts.length, 0)).toBe(facts.length);
    expect(layout.hidden).toBe(0);
  });

  it.each([
    [5, 3],
    [30, 40],
    [1, 2]
  ])('limits to %i columns and counts the rest', (limit, distinct) => {
    const names = Array.from({ length: 8 }, (_, i) => `O${i}`);
    // `distinct` different combinations, each by a different bit pattern of outlets.
    const facts = Array.from({ length: distinct }, (_, i) => names.filter((_, b) => ((i + 1) >> b) & 1));
    const layout = upsetLayout(resultOf(names, facts), { limit });
    expect(layout.combinations.length).toBe(Math.min(limit, distinct));
    expect(layout.hidden).toBe(Math.max(0, distinct - limit));
    expect(layout.hiddenFacts + layout.combinations.reduce((n, c) => n + c.facts.length, 0)).toBe(distinct);
  });

  it('draws taller bars for bigger combinations and places columns left to right', () => {
    const layout = upsetLayout(resultOf(['A', 'B'], [['A'], ['A'], ['A'], ['B']]), {
      columnWidth: 20,
      setBarsWidth: 150
    });
    const [big, small] = layout.combinations;
    expect(big.barHeight).toBeGreaterThan(small.barHeight);
    expect(big.barY + big.barHeight).toBeCloseTo(small.barY + small.barHeight);
    expect([big.x, small.x]).toEqual([150, 170]);
    expect(layout.width).toBe(190);
  });

  it('matches the fixture: each outlet set size is the number of facts it reports', () => {
    const { result } = buildAnalysisFixtureB({ outlets: 4, facts: 12 });
    const layout = upsetLayout(result);
    for (let o = 0; o < 4; o++) {
      const expected = Array.from({ length: 12 }, (_, f) => f).filter((f) => reports(f, o)).length;
      expect(layout.sets.find((s) => s.outlet === outletName(o))!.size).toBe(expected);
    }
    expect(factOutlets(result).size).toBe(result.facts.length);
  });
});
