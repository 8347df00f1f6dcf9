// The coverage matrix: facts (claim groups that hold real claims) × outlets, one verdict per cell.
import { scaleBand } from 'd3-scale';
import type { AnalysisResult, Claim, Verdict } from '../../analysis/types';

/** One outlet's cell; cells are aligned with the outlet list the rows were built for. */
export interface CoverageCell {
  verdict: Verdict;
  /** The outlet's wording of the fact (its first claim in the group), shortened; null when absent. */
  wording: string | null;
}

export interface FactRow {
  /** The engine's group id (the fact page is /events/[id]/facts/[id]). */
  id: string;
  label: string;
  verdict: Verdict;
  /** Outlets that report the fact (verdict other than absent). */
  reporting: number;
  same: number;
  partial: number;
  differ: number;
  discrepancies: number;
  /** Position in the engine's output, the tie-breaker of every sort. */
  order: number;
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
 * One row per fact, in the engine's order, with a cell for each outlet in `outlets`. Groups made only of
 * non-claims (bylines, share prompts…) are not facts and never appear.
 */
export function factRows(result: AnalysisResult, outlets: string[], claims = claimIndex(result)): FactRow[] {
  const rows: FactRow[] = [];
  result.groups.forEach((group, order) => {
    const members = group.claims.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
    if (!members.some((c) => c.kind === 'claim')) return;
    const cells = outlets.map((outlet): CoverageCell => {
      const verdict = group.outlets[outlet] ?? 'absent';
      const own = members.find((c) => c.outlet === outlet && c.kind === 'claim');
      return {
        verdict,
        wording: verdict === 'absent' || !own ? null : truncate(own.text, WORDING_MAX)
      };
    });
    const count = (v: Verdict) => cells.filter((c) => c.verdict === v).length;
    rows.push({
      id: group.id,
      label: group.label,
      verdict: group.verdict,
      reporting: cells.length - count('absent'),
      same: count('same'),
      partial: count('partial'),
      differ: count('differ'),
      discrepancies: group.discrepancies.length,
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
  const reported = outlets.map((_, i) => rows.filter((r) => r.cells[i].verdict !== 'absent').length);
  const order = outlets
    .map((_, i) => i)
    .sort((a, b) => reported[b] - reported[a] || outlets[a].localeCompare(outlets[b]));
  return {
    outlets: order.map((i) => outlets[i]),
    rows: rows.map((r) => ({ ...r, cells: order.map((i) => r.cells[i]) }))
  };
}

export interface CoverageGeometry {
  width: number;
  height: number;
  /** Left edge of each outlet's column. */
  columnX: (index: number) => number;
  rowY: (index: number) => number;
  cell: number;
  header: number;
}

/**
 * Geometry of the matrix SVG (the fact labels are HTML beside it, so they can wrap and truncate): square
 * cells, room on top for slanted outlet names.
 */
export function coverageGeometry(
  rowCount: number,
  outletCount: number,
  cell = 28,
  header = 110
): CoverageGeometry {
  const columns = scaleBand<number>()
    .domain(Array.from({ length: outletCount }, (_, i) => i))
    .range([0, outletCount * cell])
    .paddingInner(0.08);
  const rows = scaleBand<number>()
    .domain(Array.from({ length: rowCount }, (_, i) => i))
    .range([header, header + rowCount * cell])
    .paddingInner(0.08);
  return {
    width: Math.max(outletCount * cell, cell) + 40,
    height: header + rowCount * cell + 4,
    columnX: (i) => columns(i) ?? 0,
    rowY: (i) => rows(i) ?? header,
    cell: columns.bandwidth() || cell,
    header
  };
}
