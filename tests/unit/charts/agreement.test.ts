import { describe, expect, it } from 'vitest';
import type { OutletAgreement } from '../../../src/lib/analysis/types';
import {
  agreementCells,
  agreementColor,
  agreementGeometry,
  orderOutletsByAgreement,
  pairToCompare,
  textColorOn
} from '../../../src/lib/view/agreement';
import { fixtureAnalyze, fixtureEvent } from '../../fixtures/analysisFixture';

const pair = (
  a: string,
  b: string,
  shared: number,
  same: number,
  partial: number,
  differ: number
): OutletAgreement => ({
  a,
  b,
  shared,
  same,
  partial,
  differ,
  score: shared ? (same + 0.5 * partial) / shared : 0
});

const agreement = [
  pair('A', 'B', 4, 4, 0, 0),
  pair('A', 'C', 4, 1, 0, 3),
  pair('B', 'C', 2, 1, 1, 0),
  pair('C', 'D', 0, 0, 0, 0)
];

describe('orderOutletsByAgreement', () => {
  it('orders by mean score over pairs that share facts; outlets sharing nothing last', () => {
    // A: (1 + 0.25) / 2, B: (1 + 0.75) / 2, C: (0.25 + 0.75) / 2, D: nothing shared.
    expect(orderOutletsByAgreement(['D', 'C', 'A', 'B'], agreement)).toEqual(['B', 'A', 'C', 'D']);
  });
});

describe('agreementCells', () => {
  it.each([
    { outlets: ['A', 'B', 'C', 'D'], cells: 4 },
    { outlets: ['A', 'B'], cells: 1 },
    { outlets: ['A'], cells: 0 }
  ])('places the pairs among $outlets below the diagonal', ({ outlets, cells }) => {
    const placed = agreementCells(outlets, agreement);
    expect(placed).toHaveLength(cells);
    for (const c of placed) {
      expect(c.row).toBeGreaterThan(c.col);
      expect([outlets[c.row], outlets[c.col]].sort()).toEqual([c.a, c.b].sort());
    }
  });

  it('gives one cell per outlet pair for an engine-shaped result', () => {
    const result = fixtureAnalyze(fixtureEvent({ outlets: 7, facts: 20 }));
    const outlets = result.outlets.map((o) => o.outlet);
    const cells = agreementCells(orderOutletsByAgreement(outlets, result.agreement), result.agreement);
    expect(cells).toHaveLength((7 * 6) / 2);
    expect(new Set(cells.map((c) => `${c.row}-${c.col}`)).size).toBe(cells.length);
  });
});

describe('agreementColor and textColorOn', () => {
  it.each([
    { score: 0, shared: 3, color: '#d55e00', text: '#ffffff' },
    { score: 1, shared: 3, color: '#009e73', text: '#ffffff' },
    { score: 0.5, shared: 3, color: '#f2ebdd', text: '#1b1d21' },
    { score: 0, shared: 0, color: null, text: null }
  ])('score $score over $shared shared', ({ score, shared, color, text }) => {
    const fill = agreementColor({ score, shared });
    expect(fill).toBe(color);
    if (fill) expect(textColorOn(fill)).toBe(text);
  });
});

describe('agreementGeometry', () => {
  it.each([2, 10, 30])('%i outlets: square whole-pixel cells right of the labels', (n) => {
    const g = agreementGeometry(n, 40, 150, 24);
    expect(g.x(0)).toBe(150);
    expect(g.x(n - 1)).toBe(150 + (n - 1) * 40);
    expect(g.y(n - 1)).toBe(24 + (n - 1) * 40);
    expect(g.cell).toBe(38);
    expect(g.width).toBeGreaterThanOrEqual(150 + n * 40);
  });
});

describe('pairToCompare', () => {
  const row = (a: string, b: string, shared: number, differ: number): OutletAgreement => ({
    a,
    b,
    shared,
    same: shared - differ,
    partial: 0,
    differ,
    score: shared ? (shared - differ) / shared : 0
  });
  it.each([
    {
      name: 'the pair that differs most',
      agreement: [row('A', 'B', 5, 1), row('A', 'C', 2, 2), row('B', 'C', 9, 0)],
      expected: ['A', 'C']
    },
    {
      name: 'without differences, the pair that shares most',
      agreement: [row('A', 'B', 5, 0), row('A', 'C', 2, 0), row('B', 'C', 9, 0)],
      expected: ['B', 'C']
    },
    {
      // A–B is the pair with the most differences, but C differs from the others the most (2 + 2 + 2).
      name: 'the outlet that differs most from the others, beside the one it differs from most',
      agreement: [row('A', 'B', 3, 3), row('A', 'C', 4, 2), row('B', 'C', 4, 2), row('C', 'D', 5, 2)],
      expected: ['C', 'D']
    },
    {
      name: 'the most differing outlet comes first whichever side of the pair it is on',
      agreement: [row('A', 'B', 5, 0), row('A', 'C', 3, 1), row('B', 'C', 4, 3)],
      expected: ['C', 'B']
    },
    { name: 'nothing shared: none', agreement: [row('A', 'B', 0, 0)], expected: null },
    { name: 'one outlet: none', agreement: [], expected: null }
  ])('$name', ({ agreement, expected }) => {
    expect(pairToCompare(agreement)).toEqual(expected);
  });
});
