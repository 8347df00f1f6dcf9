// The agreement matrix: outlet × outlet, one cell per pair (lower triangle), coloured by agreement score.
import { color } from 'd3-color';
import { interpolateRgb } from 'd3-interpolate';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { OutletAgreement } from '../analysis/types';
import { VERDICT_STYLES } from './verdictStyles';

export interface AgreementCell extends OutletAgreement {
  /** Row and column in the ordered outlet list (row > col). */
  row: number;
  col: number;
}

/** Outlets ordered by their mean score over the pairs that share facts, most agreeing first. */
export function orderOutletsByAgreement(outlets: string[], agreement: OutletAgreement[]): string[] {
  const totals = new Map(outlets.map((o) => [o, { sum: 0, n: 0 }]));
  for (const pair of agreement) {
    if (!pair.shared) continue;
    for (const o of [pair.a, pair.b]) {
      const t = totals.get(o);
      if (t) {
        t.sum += pair.score;
        t.n++;
      }
    }
  }
  const mean = (o: string) => {
    const t = totals.get(o)!;
    return t.n ? t.sum / t.n : -1;
  };
  return [...outlets].sort((a, b) => mean(b) - mean(a) || a.localeCompare(b));
}

/** One cell per pair of outlets in `outlets`, placed below the diagonal; pairs the engine did not list are skipped. */
export function agreementCells(outlets: string[], agreement: OutletAgreement[]): AgreementCell[] {
  const index = new Map(outlets.map((o, i) => [o, i]));
  const cells: AgreementCell[] = [];
  for (const pair of agreement) {
    const i = index.get(pair.a);
    const j = index.get(pair.b);
    if (i === undefined || j === undefined || i === j) continue;
    cells.push({ ...pair, row: Math.max(i, j), col: Math.min(i, j) });
  }
  return cells.sort((x, y) => x.row - y.row || x.col - y.col);
}

// Okabe–Ito vermillion (disagree) through a pale neutral to bluish green (agree): distinguishable with
// the common colour-vision deficiencies, and every cell also prints its score.
const scoreScale = scaleLinear<string>()
  .domain([0, 0.5, 1])
  .range([VERDICT_STYLES.differ.color, '#F2EBDD', VERDICT_STYLES.same.color])
  .interpolate(interpolateRgb)
  .clamp(true);

/** Cell colour for a score; null when the pair shares no fact (drawn hatched). */
export function agreementColor(cell: Pick<OutletAgreement, 'score' | 'shared'>): string | null {
  return cell.shared ? (color(scoreScale(cell.score))?.formatHex() ?? null) : null;
}

/** Dark or light text, whichever reads better on the cell colour. */
export function textColorOn(hex: string): string {
  const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(hex);
  const [r, g, b] = rgb
    ? rgb.slice(1).map(Number)
    : [1, 3, 5].map((i) => parseInt(hex.replace('#', '').slice(i - 1, i + 1), 16));
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance > 0.55 ? '#1b1d21' : '#ffffff';
}

export interface AgreementGeometry {
  width: number;
  height: number;
  labelWidth: number;
  header: number;
  /** Distance between neighbouring cells, and a cell's side. */
  step: number;
  cell: number;
  x: (col: number) => number;
  y: (row: number) => number;
}

/** Whole-pixel grid (like the coverage matrix), so one repeating pattern can hatch the pairs sharing nothing. */
export function agreementGeometry(
  outletCount: number,
  step = 40,
  labelWidth = 150,
  header = 24
): AgreementGeometry {
  const n = Math.max(outletCount, 1);
  const band = (start: number) =>
    scaleBand<number>()
      .domain(Array.from({ length: n }, (_, i) => i))
      .range([start, start + n * step])
      .paddingInner(2 / step)
      // Outer padding of half the inner one makes the step exactly `step` px; align(0) starts at the range start.
      .paddingOuter(1 / step)
      .align(0);
  const cols = band(labelWidth);
  const rows = band(header);
  return {
    width: labelWidth + n * step + 8,
    // Room under the last row for the slanted column names.
    height: header + n * step + 110,
    labelWidth,
    header,
    step,
    cell: step - 2,
    x: (col) => Math.round(cols(col) ?? labelWidth),
    y: (row) => Math.round(rows(row) ?? header)
  };
}

/**
 * The two outlets to read side by side first: the outlet that differs most from the others (most differing facts
 * over all its pairs, then most shared), beside the outlet it differs from most (then shares most with). Without
 * any difference, the pair that shares the most. Null when no two outlets report a fact in common.
 */
export function pairToCompare(agreement: OutletAgreement[]): [string, string] | null {
  const shared = agreement.filter((p) => p.shared > 0);
  if (!shared.length) return null;
  const totals = new Map<string, { differ: number; shared: number }>();
  for (const p of shared)
    for (const o of [p.a, p.b]) {
      const t = totals.get(o) ?? { differ: 0, shared: 0 };
      t.differ += p.differ;
      t.shared += p.shared;
      totals.set(o, t);
    }
  const [outlet, most] = [...totals].reduce((best, next) =>
    next[1].differ > best[1].differ || (next[1].differ === best[1].differ && next[1].shared > best[1].shared)
      ? next
      : best
  );
  const candidates = most.differ > 0 ? shared.filter((p) => p.a === outlet || p.b === outlet) : shared;
  const best = candidates.reduce((b, p) =>
    p.differ > b.differ || (p.differ === b.differ && p.shared > b.shared) ? p : b
  );
  if (most.differ === 0) return [best.a, best.b];
  return [outlet, best.a === outlet ? best.b : best.a];
}
