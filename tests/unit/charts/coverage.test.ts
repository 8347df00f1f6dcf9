import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/lib/analysis/types';
import {
  coverageGeometry,
  factRows,
  filterFactRows,
  moveInCoverage,
  orderColumns,
  parseCoverageSort,
  sortFactRows,
  truncate,
  type FactRow
} from '../../../src/lib/view/coverage';
import { fixtureAnalyze, fixtureEvent, fixtureReports, fixtureValue } from '../../fixtures/analysisFixture';
import { bareClaim } from '../../fixtures/bareClaim';

const OUTLETS = 6;
const FACTS = 23;
const result: AnalysisResult = fixtureAnalyze(fixtureEvent({ outlets: OUTLETS, facts: FACTS }));
const outlets = result.outlets.map((o) => o.outlet);
const rows = factRows(result, outlets);

function row(id: string): FactRow {
  return rows.find((r) => r.id === id)!;
}

describe('factRows', () => {
  it('has one row per fact and leaves out the non-claim fact', () => {
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: FACTS }, (_, k) => `g${k}`));
  });

  it.each(Array.from({ length: FACTS }, (_, k) => k))(
    'fact %i: a cell exactly for each reporting outlet',
    (k) => {
      const expected = outlets.map((_, o) => o).filter((o) => fixtureReports(o, k, OUTLETS));
      expect(row(`g${k}`).cells.map((c) => c.col)).toEqual(expected);
      expect(row(`g${k}`).reporting).toBe(expected.length);
    }
  );

  it('marks the outlet with the odd number as differing, with its own wording', () => {
    // Fact 4 with outlet 0: (4 + 0) % 9 === 4, so outlet 0 reports 19 boats instead of 14.
    const cell = row('g4').cells.find((c) => c.col === 0)!;
    expect(fixtureValue(0, 4)).toBe(19);
    expect(cell.verdict).toBe('differ');
    expect(cell.wording).toContain('19 boats');
    expect(row('g4').differ).toBeGreaterThan(0);
  });
});

describe('sortFactRows', () => {
  it.each([
    {
      sort: 'contested' as const,
      ordered: (a: FactRow, b: FactRow) => Number(a.verdict === 'differ') >= Number(b.verdict === 'differ')
    },
    { sort: 'single' as const, ordered: (a: FactRow, b: FactRow) => a.reporting <= b.reporting },
    { sort: 'reported' as const, ordered: (a: FactRow, b: FactRow) => a.reporting >= b.reporting },
    {
      sort: 'consensus' as const,
      ordered: (a: FactRow, b: FactRow) => Number(a.reporting > 1) >= Number(b.reporting > 1)
    }
  ])('$sort keeps every row and orders neighbours', ({ sort, ordered }) => {
    const sorted = sortFactRows(rows, sort);
    expect(new Set(sorted.map((r) => r.id))).toEqual(new Set(rows.map((r) => r.id)));
    for (let i = 1; i < sorted.length; i++) expect(ordered(sorted[i - 1], sorted[i])).toBe(true);
  });

  it('counts a conflict an outlet repeats in headline and lead once', () => {
    const claim = (id: string, outlet: string, text: string) =>
      bareClaim({ id, articleId: outlet, outlet, text });
    const claims = [
      claim('a1', 'A', 'Four dead in flood'),
      claim('a2', 'A', 'Four people died in the flood.'),
      claim('b1', 'B', 'Five people died in the flood.'),
      claim('c1', 'C', 'Seven boats sank.'),
      claim('d1', 'D', 'Nine boats sank.')
    ];
    const fact = (id: string, ids: string[], pairs: [string, string, string, string][]) => ({
      id,
      claims: ids,
      label: claims.find((c) => c.id === ids[0])!.text,
      verdict: 'differ' as const,
      outlets: Object.fromEntries(
        ids.map((i) => [claims.find((c) => c.id === i)!.outlet, 'differ' as const])
      ),
      discrepancies: pairs.map(([a, b, x, y]) => ({
        type: 'number' as const,
        claims: [a, b] as [string, string],
        values: [x, y] as [string, string]
      })),
      cohesion: 1
    });
    const twoRaw: AnalysisResult = {
      engine: 'test',
      articles: ['A', 'B', 'C', 'D'].map((o) => ({
        id: o,
        outlet: o,
        claims: claims.filter((c) => c.outlet === o)
      })),
      facts: [
        fact('boats', ['c1', 'd1'], [['c1', 'd1', 'Seven', 'Nine']]),
        // A's headline and lead both set Four against B's Five: one conflict, listed once.
        fact(
          'toll',
          ['a1', 'a2', 'b1'],
          [
            ['a1', 'b1', 'Four', 'Five'],
            ['a2', 'b1', 'Four', 'Five']
          ]
        )
      ],
      outlets: [],
      agreement: [],
      derived: []
    };
    const counted = factRows(twoRaw, ['A', 'B', 'C', 'D']);
    expect(counted.map((r) => [r.id, r.discrepancies])).toEqual([
      ['boats', 1],
      ['toll', 1]
    ]);
    // One conflict each, two outlets differing each: the engine's order decides, not the repeat.
    expect(sortFactRows(counted, 'contested').map((r) => r.id)).toEqual(['boats', 'toll']);
  });

  it.each([
    { value: 'single', sort: 'single' },
    { value: 'consensus', sort: 'consensus' },
    { value: 'nonsense', sort: 'contested' },
    { value: null, sort: 'contested' }
  ])('parses ?sort=$value as $sort', ({ value, sort }) => {
    expect(parseCoverageSort(value)).toBe(sort);
  });
});

describe('filterFactRows', () => {
  it.each([
    { filter: 'all' as const, keep: () => true },
    { filter: 'multi' as const, keep: (r: FactRow) => r.reporting > 1 },
    { filter: 'single' as const, keep: (r: FactRow) => r.reporting === 1 }
  ])('$filter', ({ filter, keep }) => {
    const kept = filterFactRows(rows, filter);
    expect(kept).toEqual(rows.filter(keep));
  });

  it('the fixture has single-source facts to filter', () => {
    expect(filterFactRows(rows, 'single').map((r) => r.id)).toEqual(['g10', 'g21']);
  });
});

describe('orderColumns', () => {
  it('puts the outlets reporting most facts first and remaps every cell', () => {
    const { outlets: ordered, rows: remapped } = orderColumns(outlets, rows);
    const reported = (name: string) =>
      rows.filter((r) => r.cells.some((c) => outlets[c.col] === name)).length;
    for (let i = 1; i < ordered.length; i++)
      expect(reported(ordered[i - 1])).toBeGreaterThanOrEqual(reported(ordered[i]));
    remapped.forEach((r, i) => {
      const before = rows[i].cells.map((c) => `${outlets[c.col]}:${c.verdict}`).sort();
      const after = r.cells.map((c) => `${ordered[c.col]}:${c.verdict}`).sort();
      expect(after).toEqual(before);
    });
  });
});

describe('coverageGeometry', () => {
  it.each([
    { rows: 1, outlets: 1 },
    { rows: 60, outlets: 30 },
    { rows: 1000, outlets: 8 }
  ])('$rows × $outlets: whole-pixel cells on a regular grid', ({ rows: n, outlets: m }) => {
    const g = coverageGeometry(n, m, 26, 110);
    expect(g.width).toBe(m * 26);
    expect(g.height).toBe(110 + n * 26);
    expect(g.cell).toBe(24);
    for (const i of [0, Math.floor(m / 2), m - 1]) expect(g.columnX(i)).toBe(i * 26);
    for (const i of [0, n - 1]) expect(g.rowY(i)).toBe(110 + i * 26);
  });
});

describe('moveInCoverage', () => {
  const grid = [{ cells: [{ col: 1 }, { col: 4 }] }, { cells: [] }, { cells: [{ col: 0 }, { col: 3 }] }];
  it.each([
    { key: 'ArrowRight', at: { row: 0, col: 1 }, to: { row: 0, col: 4 } },
    { key: 'ArrowRight', at: { row: 0, col: 4 }, to: { row: 0, col: 4 } },
    { key: 'ArrowLeft', at: { row: 0, col: 4 }, to: { row: 0, col: 1 } },
    { key: 'ArrowDown', at: { row: 0, col: 4 }, to: { row: 2, col: 3 } },
    { key: 'ArrowUp', at: { row: 2, col: 0 }, to: { row: 0, col: 1 } },
    { key: 'ArrowUp', at: { row: 0, col: 1 }, to: { row: 0, col: 1 } },
    { key: 'Home', at: { row: 2, col: 3 }, to: { row: 2, col: 0 } },
    { key: 'End', at: { row: 0, col: 1 }, to: { row: 0, col: 4 } },
    { key: 'a', at: { row: 0, col: 1 }, to: null }
  ])('$key from $at.row,$at.col', ({ key, at, to }) => {
    expect(moveInCoverage(key, at, grid)).toEqual(to);
  });
});

describe('truncate', () => {
  it.each([
    { text: 'short', max: 10, out: 'short' },
    { text: 'a  spaced\n text', max: 40, out: 'a spaced text' },
    { text: 'The committee counted fourteen boats on Tuesday', max: 30, out: 'The committee counted…' }
  ])('$text → $out', ({ text, max, out }) => {
    expect(truncate(text, max)).toBe(out);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });
});
