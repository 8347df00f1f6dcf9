import { scaleLinear } from 'd3-scale';
import type { Certainty } from '../analysis/types';
import type { ChartResult } from './chartResult';

export const CERTAINTY_ORDER: Certainty[] = ['asserted', 'attributed', 'hedged', 'denied'];

export interface CertaintySegment {
  certainty: Certainty;
  count: number;
  /** Share of the outlet's claims, 0..1. */
  share: number;
  x: number;
  width: number;
}

export interface CertaintyRow {
  outlet: string;
  total: number;
  segments: CertaintySegment[];
  sources: { source: string; count: number }[];
}

export interface CertaintyLayout {
  rows: CertaintyRow[];
  /** Pixel width the bars are laid out in. */
  width: number;
}

/**
 * One 100% stacked bar per outlet (asserted / attributed / hedged / denied, zero-count parts left out) and its
 * most-cited sources. Outlets are sorted by name; an outlet with no claims gets an empty bar.
 */
export function certaintyLayout(
  result: Pick<ChartResult, 'outlets'>,
  width: number,
  topSources = 3
): CertaintyLayout {
  const x = scaleLinear().domain([0, 1]).range([0, width]);
  const rows = [...result.outlets]
    .sort((a, b) => a.outlet.localeCompare(b.outlet))
    .map((summary): CertaintyRow => {
      const total = CERTAINTY_ORDER.reduce((sum, c) => sum + (summary.certainty[c] ?? 0), 0);
      let cumulative = 0;
      const segments: CertaintySegment[] = [];
      for (const certainty of CERTAINTY_ORDER) {
        const count = summary.certainty[certainty] ?? 0;
        if (!count) continue;
        const share = count / total;
        segments.push({
          certainty,
          count,
          share,
          x: x(cumulative),
          width: x(cumulative + share) - x(cumulative)
        });
        cumulative += share;
      }
      const sources = [...summary.sources]
        .filter((s) => s.count > 0)
        .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source))
        .slice(0, topSources);
      return { outlet: summary.outlet, total, segments, sources };
    });
  return { rows, width };
}
