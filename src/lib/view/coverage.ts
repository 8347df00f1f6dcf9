// The coverage matrix: facts (those that hold real claims) × outlets, one verdict per cell.
import { scaleBand } from 'd3-scale';
import type { AnalysisResult, Claim, Verdict } from '../analysis/types';
import { distinctDiscrepancies } from './discrepancies';

/**
 * A cell of an outlet that reports the fact. Rows list only these (absent is implied for the other columns),
 * which keeps a 60 × 30 matrix small on the wire and in the page.
 */
export interface CoverageCell {
  /** Column: index into the outlet list the rows were built for. */
  col: number;
  verdict: Exclude<Verdict, 'absent'>;
  /** The outlet's wording of the fact (its first claim in the fact), shortened. */
  wording: string;
}

export interface FactRow {
  /** The engine's fact id (the fact page is /events/[id]/facts/[id]). */
  id: string;
  label: string;
  verdict: Verdict;
  /** Outlets that report the fact (verdict other than absent). */
  reporting: number;
  same: number;
  partial: number;
  differ: number;
  /** Distinct conflicts (a headline and lead repeating one pair's conflict count once), as the lists show them. */
  discrepancies: number;
  /** Position in the engine's output, the tie-breaker of every sort. */
  order: number;
  /** Reporting outlets' cells, by column. */
  cells: CoverageCell[];
}

export const COVERAGE_SORTS = ['contested', 'consensus', 'reported', 'single'] as const;
export type CoverageSort = (typeof COVERAGE_SORTS)[number];

export const COVERAGE_SORT_LABELS: Record<CoverageSort, string> = {
  contested: 'Contested first',
  consensus: 'Consensus first',
  reported: 'Most reported first',
  single: 'Single-source first'
};

export function parseCoverageSort(value: string | null): CoverageSort {
  return (COVERAGE_SORTS as readonly string[]).includes(value ?? '') ? (value as CoverageSort) : 'contested';
}

export const WORDING_MAX = 160;

/** Shortens text at a word boundary with an ellipsis; the full text stays available elsewhere. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/** Claim ids of the result's real claims (kind 'claim'), with the claims themselves. */
export function claimIndex(result: AnalysisResult): Map<string, Claim> {
  const index = new Map<string, Claim>();
  for (const article of result.articles) for (const claim of article.claims) index.set(claim.id, claim);
  return index;
}

/**
 * One row per fact, in the engine's order, with a cell for each outlet in `outlets`. Facts made only of
 * non-claims (bylines, share prompts…) are not facts and never appear.
 */
export function factRows(result: AnalysisResult, outlets: string[], claims = claimIndex(result)): FactRow[] {
  const rows: FactRow[] = [];
  result.facts.forEach((fact, order) => {
    const members = fact.claims.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
    if (!members.some((c) => c.kind === 'claim')) return;
    const cells: CoverageCell[] = [];
    outlets.forEach((outlet, col) => {
      const verdict = fact.outlets[outlet] ?? 'absent';
      if (verdict === 'absent') return;
      const own = members.find((c) => c.outlet === outlet && c.kind === 'claim');
      cells.push({ col, verdict, wording: own ? truncate(own.text, WORDING_MAX) : '' });
    });
    const count = (v: Verdict) => cells.filter((c) => c.verdict === v).length;
    rows.push({
      id: fact.id,
      label: fact.label,
      verdict: fact.verdict,
      reporting: cells.length,
      same: count('same'),
      partial: count('partial'),
      differ: count('differ'),
      discrepancies: distinctDiscrepancies(fact, claims).length,
      order,
      cells
    });
  });
  return rows;
}

function consensus(row: FactRow): number {
  return row.reporting ? (row.same + 0.5 * row.partial) / row.reporting : 0;
}

const COMPARATORS: Record<CoverageSort, (a: FactRow, b: FactRow) => number> = {
  // Facts outlets disagree on, the most disputed (differing outlets, then discrepancies) first.
  contested: (a, b) =>
    Number(b.verdict === 'differ') - Number(a.verdict === 'differ') ||
    b.differ - a.differ ||
    b.discrepancies - a.discrepancies ||
    b.reporting - a.reporting,
  // Facts many outlets report alike first; single-source facts (nothing to agree on) last.
  consensus: (a, b) =>
    Number(b.reporting > 1) - Number(a.reporting > 1) ||
    consensus(b) - consensus(a) ||
    b.reporting - a.reporting,
  reported: (a, b) => b.reporting - a.reporting || consensus(b) - consensus(a),
  single: (a, b) => a.reporting - b.reporting
};

export function sortFactRows(rows: FactRow[], sort: CoverageSort): FactRow[] {
  return [...rows].sort((a, b) => COMPARATORS[sort](a, b) || a.order - b.order);
}

export const FACT_FILTERS = ['all', 'multi', 'single'] as const;
export type FactFilter = (typeof FACT_FILTERS)[number];

export function parseFactFilter(value: string | null): FactFilter {
  return (FACT_FILTERS as readonly string[]).includes(value ?? '') ? (value as FactFilter) : 'all';
}

export function filterFactRows(rows: FactRow[], filter: FactFilter): FactRow[] {
  if (filter === 'multi') return rows.filter((r) => r.reporting > 1);
  if (filter === 'single') return rows.filter((r) => r.reporting === 1);
  return rows;
}

/**
 * Column order: outlets reporting most facts first, then by name. Returns the ordered outlets and the rows
 * with their cells permuted to match.
 */
export function orderColumns(outlets: string[], rows: FactRow[]): { outlets: string[]; rows: FactRow[] } {
  const reported = outlets.map(() => 0);
  for (const row of rows) for (const cell of row.cells) reported[cell.col]++;
  const order = outlets
    .map((_, i) => i)
    .sort((a, b) => reported[b] - reported[a] || outlets[a].localeCompare(outlets[b]));
  const newCol = new Map(order.map((oldCol, i) => [oldCol, i]));
  return {
    outlets: order.map((i) => outlets[i]),
    rows: rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) => ({ ...c, col: newCol.get(c.col)! })).sort((a, b) => a.col - b.col)
    }))
  };
}

export interface CoverageGeometry {
  width: number;
  height: number;
  /** Distance between neighbouring cells' left (or top) edges, and a cell's side. */
  step: number;
  cell: number;
  header: number;
  columnX: (index: number) => number;
  rowY: (index: number) => number;
}

/**
 * Geometry of the cells area (labels go left of it, outlet names above): square cells on a whole-pixel
 * grid, so that one repeating pattern can draw every "not reported" cell at once.
 */
export function coverageGeometry(
  rowCount: number,
  outletCount: number,
  step = 26,
  header = 110
): CoverageGeometry {
  const band = (count: number, start: number) =>
    scaleBand<number>()
      .domain(Array.from({ length: count }, (_, i) => i))
      .range([start, start + count * step])
      .paddingInner(2 / step)
      // Outer padding of half the inner one makes the step exactly `step` px; align(0) starts at the range start.
      .paddingOuter(1 / step)
      .align(0);
  const columns = band(outletCount, 0);
  const rows = band(rowCount, header);
  return {
    width: outletCount * step,
    height: header + rowCount * step,
    step,
    cell: step - 2,
    header,
    columnX: (i) => Math.round(columns(i) ?? 0),
    rowY: (i) => Math.round(rows(i) ?? header)
  };
}

/**
 * Keyboard movement over the reported cells only (absent cells are background): left/right to the
 * neighbouring reported cell, up/down to the nearest reported cell of the next row, Home/End to a row's ends.
 */
export function moveInCoverage(
  key: string,
  at: { row: number; col: number },
  rows: { cells: { col: number }[] }[]
): { row: number; col: number } | null {
  const cols = (r: number) => rows[r]?.cells.map((c) => c.col) ?? [];
  const nearest = (r: number, col: number) =>
    cols(r).reduce((best, c) => (Math.abs(c - col) < Math.abs(best - col) ? c : best), cols(r)[0] ?? 0);
  const here = cols(at.row);
  switch (key) {
    case 'ArrowRight':
      return { row: at.row, col: here.find((c) => c > at.col) ?? at.col };
    case 'ArrowLeft':
      return { row: at.row, col: [...here].reverse().find((c) => c < at.col) ?? at.col };
    case 'ArrowDown':
    case 'ArrowUp': {
      // The next row that has reported cells (rows without any are skipped).
      const dir = key === 'ArrowDown' ? 1 : -1;
      let row = at.row + dir;
      while (row >= 0 && row < rows.length && cols(row).length === 0) row += dir;
      if (row < 0 || row >= rows.length) return { ...at };
      return { row, col: nearest(row, at.col) };
    }
    case 'Home':
      return { row: at.row, col: here[0] ?? at.col };
    case 'End':
      return { row: at.row, col: here.at(-1) ?? at.col };
    default:
      return null;
  }
}
