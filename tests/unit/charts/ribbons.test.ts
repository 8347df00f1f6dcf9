import { describe, it, expect } from 'vitest';
import {
  alignedPairs,
  partnerMap,
  ribbonPath,
  ribbonVisible,
  syncScrollTop
} from '../../../src/lib/view/ribbons';
import { buildAnalysisFixtureB, reports } from '../../fixtures/analysisFixtureB';

const { result } = buildAnalysisFixtureB({ outlets: 3, facts: 9 });

describe('alignedPairs', () => {
  const cases: { columns: string[]; outlets: number[] }[] = [
    { columns: ['1', '2'], outlets: [0, 1] },
    { columns: ['2', '3'], outlets: [1, 2] },
    { columns: ['1', '2', '3'], outlets: [0, 1, 2] },
    { columns: ['3', '1'], outlets: [2, 0] },
    { columns: ['1'], outlets: [0] }
  ];
  it.each(cases)('columns $columns', ({ columns, outlets }) => {
    const pairs = alignedPairs(result, columns);
    let expected = 0;
    for (let i = 0; i + 1 < outlets.length; i++)
      for (let f = 0; f < 9; f++) if (reports(f, outlets[i]) && reports(f, outlets[i + 1])) expected++;
    expect(pairs.length).toBe(expected);
    for (const p of pairs) {
      expect(p.left.startsWith(`${columns[p.column]}:`)).toBe(true);
      expect(p.right.startsWith(`${columns[p.column + 1]}:`)).toBe(true);
    }
  });
});

describe('ribbonPath', () => {
  it.each([
    [{ top: 10, bottom: 20 }, { top: 30, bottom: 50 }, 'M0,10 C20,10 20,30 40,30 L40,50 C20,50 20,20 0,20 Z'],
    [{ top: -30, bottom: -10 }, { top: 90, bottom: 120 }, 'M0,0 C20,0 20,90 40,90 L40,100 C20,100 20,0 0,0 Z']
  ])('%o to %o', (left, right, path) => {
    expect(ribbonPath(left, right, 40, 100)).toBe(path);
  });

  it.each([
    [{ top: 10, bottom: 20 }, { top: 300, bottom: 320 }, true],
    [{ top: -40, bottom: -20 }, { top: 150, bottom: 170 }, false],
    [{ top: -40, bottom: 5 }, { top: 150, bottom: 170 }, true]
  ])('visible %o %o -> %s', (left, right, visible) => {
    expect(ribbonVisible(left, right, 100)).toBe(visible);
  });
});

describe('syncScrollTop', () => {
  const partners = partnerMap([
    { fact: 'g1', column: 0, left: 'a1', right: 'b1' },
    { fact: 'g2', column: 0, left: 'a2', right: 'b2' }
  ]);
  const source = [
    { claim: 'a0', top: 0 },
    { claim: 'a1', top: 100 },
    { claim: 'a2', top: 400 }
  ];
  const target = [
    { claim: 'b1', top: 50 },
    { claim: 'b2', top: 900 }
  ];
  it.each([
    [0, 0], // a1 is 100 below the top; b1 at 50 -> scrollTop 0 (clamped from -50)
    [100, 50],
    [380, 880],
    [500, 1000]
  ])('source scrollTop %i -> target %i', (scrollTop, expected) => {
    expect(syncScrollTop(scrollTop, source, target, partners)).toBe(expected);
  });

  it('returns null without aligned partners', () => {
    expect(syncScrollTop(0, [{ claim: 'x', top: 0 }], target, partners)).toBeNull();
  });
});
