import { describe, it, expect } from 'vitest';
import { certaintyLayout, CERTAINTY_ORDER } from '../../../src/lib/view/certainty';
import type { AnalysisResult, OutletSummary } from '../../../src/lib/analysis/types';

function summary(outlet: string, counts: number[], sources: [string, number][] = []): OutletSummary {
  return {
    outlet,
    articles: [],
    claims: counts.reduce((a, b) => a + b, 0),
    nonClaims: 0,
    certainty: { asserted: counts[0], attributed: counts[1], hedged: counts[2], denied: counts[3] },
    sources: sources.map(([source, count]) => ({ source, count })),
    omissions: []
  };
}

function resultWith(outlets: OutletSummary[]): AnalysisResult {
  return { engine: 't', articles: [], facts: [], outlets, agreement: [], derived: [] };
}

describe('certaintyLayout', () => {
  const cases: { name: string; counts: number[]; segments: [string, number, number, number][] }[] = [
    {
      name: 'all four',
      counts: [2, 1, 1, 0],
      segments: [
        ['asserted', 2, 0, 100],
        ['attributed', 1, 100, 50],
        ['hedged', 1, 150, 50]
      ]
    },
    { name: 'only denied', counts: [0, 0, 0, 3], segments: [['denied', 3, 0, 200]] },
    { name: 'even split', counts: [1, 1, 1, 1], segments: CERTAINTY_ORDER.map((c, i) => [c, 1, i * 50, 50]) },
    { name: 'no claims', counts: [0, 0, 0, 0], segments: [] }
  ];
  it.each(cases)('lays out $name as a 100% bar of width 200', ({ counts, segments }) => {
    const { rows } = certaintyLayout(resultWith([summary('X', counts)]), 200);
    expect(rows[0].total).toBe(counts.reduce((a, b) => a + b, 0));
    expect(rows[0].segments.map((s) => [s.certainty, s.count, s.x, s.width])).toEqual(segments);
    if (segments.length) {
      const last = rows[0].segments[rows[0].segments.length - 1];
      expect(last.x + last.width).toBeCloseTo(200);
      expect(rows[0].segments.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1);
    }
  });

  const sourceCases: { sources: [string, number][]; top: number; expected: string[] }[] = [
    {
      sources: [
        ['police', 1],
        ['NATO', 5],
        ['Microsoft', 3]
      ],
      top: 2,
      expected: ['NATO', 'Microsoft']
    },
    {
      sources: [
        ['b', 2],
        ['a', 2],
        ['c', 0]
      ],
      top: 3,
      expected: ['a', 'b']
    },
    { sources: [], top: 3, expected: [] }
  ];
  it.each(sourceCases)('keeps the top $top sources by count', ({ sources, top, expected }) => {
    const { rows } = certaintyLayout(resultWith([summary('X', [1, 0, 0, 0], sources)]), 100, top);
    expect(rows[0].sources.map((s) => s.source)).toEqual(expected);
  });

  it('sorts outlets by name', () => {
    const { rows } = certaintyLayout(
      resultWith([summary('RT', [1, 0, 0, 0]), summary('BBC', [1, 0, 0, 0])]),
      100
    );
    expect(rows.map((r) => r.outlet)).toEqual(['BBC', 'RT']);
  });
});
