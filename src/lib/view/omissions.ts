// Omissions: per outlet, the facts other outlets report that it leaves out, ranked by how many report them.
import { scaleLinear } from 'd3-scale';
import { OMISSIONS_BAR_WIDTH } from './chartSizes';
import type { OutletSummary } from '../analysis/types';

export interface OmissionBar {
  fact: string;
  label: string;
  reportedBy: number;
  /** Bar length in px. */
  width: number;
}

export interface OutletOmissions {
  outlet: string;
  /** All facts the outlet leaves out (the bars show the first `limit`). */
  total: number;
  bars: OmissionBar[];
}

/**
 * One panel per outlet, most omissions first. Only facts in `facts` (real claims, not non-claims) count.
 * Bars share one scale: the largest possible count is every other outlet.
 */
export function omissionPanels(
  summaries: OutletSummary[],
  facts: Map<string, string>,
  { limit = 5, barWidth = OMISSIONS_BAR_WIDTH }: { limit?: number; barWidth?: number } = {}
): OutletOmissions[] {
  const others = Math.max(summaries.length - 1, 1);
  const x = scaleLinear().domain([0, others]).range([0, barWidth]).clamp(true);
  return summaries
    .map((s) => {
      const omitted = s.omissions
        .filter((o) => facts.has(o.fact))
        .sort((a, b) => b.reportedBy - a.reportedBy || a.fact.localeCompare(b.fact));
      return {
        outlet: s.outlet,
        total: omitted.length,
        bars: omitted.slice(0, limit).map((o) => ({
          fact: o.fact,
          label: facts.get(o.fact)!,
          reportedBy: o.reportedBy,
          width: Math.max(2, Math.round(x(o.reportedBy)))
        }))
      };
    })
    .sort((a, b) => b.total - a.total || a.outlet.localeCompare(b.outlet));
}

export interface PlacedOmissions extends OutletOmissions {
  /** Top of the panel's heading line. */
  y: number;
  barYs: number[];
}

/** Stacks the panels vertically: a heading line, then one line per bar (or a "nothing left out" line). */
export function omissionsLayout(
  panels: OutletOmissions[],
  { line = 20, heading = 24, gap = 12 }: { line?: number; heading?: number; gap?: number } = {}
): { height: number; panels: PlacedOmissions[] } {
  let y = 8;
  const placed = panels.map((panel) => {
    const top = y;
    y += heading;
    const barYs = panel.bars.map((_, i) => y + i * line);
    y += Math.max(panel.bars.length, 1) * line + gap;
    return { ...panel, y: top, barYs };
  });
  return { height: y, panels: placed };
}
