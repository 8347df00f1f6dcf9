import { scaleBand, scaleLinear } from 'd3-scale';
import type { ChartResult } from './chartResult';
import { reportedFacts } from './claimStatus';

export interface UpsetCombination {
  /** Member outlets joined with ' + ' in set order: a stable id for the URL and tests. */
  key: string;
  outlets: string[];
  /** Fact ids of the facts reported by exactly these outlets. */
  facts: string[];
  x: number;
  barY: number;
  barHeight: number;
  /** Matrix rows (outlet indices into `sets`) that are members, lowest and highest for the connector. */
  memberRows: number[];
}

export interface UpsetSet {
  outlet: string;
  /** Facts this outlet reports at all. */
  size: number;
  y: number;
  barWidth: number;
}

export interface UpsetLayout {
  combinations: UpsetCombination[];
  /** Combinations beyond the limit, not drawn. */
  hidden: number;
  hiddenFacts: number;
  sets: UpsetSet[];
  columnWidth: number;
  rowHeight: number;
  barsHeight: number;
  setBarsWidth: number;
  maxCombination: number;
  width: number;
  height: number;
}

export interface UpsetOptions {
  limit?: number;
  columnWidth?: number;
  rowHeight?: number;
  barsHeight?: number;
  setBarsWidth?: number;
}

/** Which outlets report each fact (non-claim facts left out): those with a verdict other than 'absent' (falling back to claim owners). */
export function factOutlets(result: Pick<ChartResult, 'articles' | 'facts'>): Map<string, string[]> {
  const outletOf = new Map<string, string>();
  for (const a of result.articles) for (const c of a.claims) outletOf.set(c.id, c.outlet);
  const out = new Map<string, string[]>();
  for (const g of reportedFacts(result)) {
    const members = new Set<string>();
    for (const [outlet, verdict] of Object.entries(g.outlets)) if (verdict !== 'absent') members.add(outlet);
    for (const id of g.claims) {
      const o = outletOf.get(id);
      if (o) members.add(o);
    }
    out.set(g.id, [...members]);
  }
  return out;
}

/**
 * UpSet layout: facts grouped by the exact set of outlets that report them, largest combination first (ties:
 * more outlets first, then by name), at most `limit` columns; sets (outlets) ordered by how many facts they
 * report. The left part (width setBarsWidth) holds set-size bars, the matrix starts at x = setBarsWidth.
 */
export function upsetLayout(result: ChartResult, options: UpsetOptions = {}): UpsetLayout {
  const { limit = 30, columnWidth = 28, rowHeight = 26, barsHeight = 140, setBarsWidth = 180 } = options;
  const reported = factOutlets(result);
  const sizes = new Map<string, number>();
  for (const o of result.outlets) sizes.set(o.outlet, 0);
  for (const members of reported.values()) for (const o of members) sizes.set(o, (sizes.get(o) ?? 0) + 1);
  const setOrder = [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
  const rank = new Map(setOrder.map((o, i) => [o, i]));

  const byKey = new Map<string, { outlets: string[]; facts: string[] }>();
  for (const [fact, members] of reported) {
    if (!members.length) continue;
    const outlets = [...members].sort((a, b) => rank.get(a)! - rank.get(b)!);
    const key = outlets.join(' + ');
    const entry = byKey.get(key) ?? { outlets, facts: [] };
    entry.facts.push(fact);
    byKey.set(key, entry);
  }
  const all = [...byKey]
    .map(([key, v]) => ({ key, ...v }))
    .sort(
      (a, b) =>
        b.facts.length - a.facts.length || b.outlets.length - a.outlets.length || a.key.localeCompare(b.key)
    );
  const shown = all.slice(0, limit);
  const hidden = all.slice(limit);

  const maxCombination = Math.max(1, ...shown.map((c) => c.facts.length));
  const matrixWidth = Math.max(1, shown.length) * columnWidth;
  const x = scaleBand<string>()
    .domain(shown.map((c) => c.key))
    .range([setBarsWidth, setBarsWidth + matrixWidth]);
  const barY = scaleLinear()
    .domain([0, maxCombination])
    .range([barsHeight - 4, 16]);
  const maxSet = Math.max(1, ...sizes.values());
  const setBar = scaleLinear()
    .domain([0, maxSet])
    .range([0, setBarsWidth * 0.4]);

  const combinations: UpsetCombination[] = shown.map((c) => ({
    key: c.key,
    outlets: c.outlets,
    facts: c.facts,
    x: x(c.key)!,
    barY: barY(c.facts.length),
    barHeight: barsHeight - 4 - barY(c.facts.length),
    memberRows: c.outlets.map((o) => rank.get(o)!)
  }));
  const sets: UpsetSet[] = setOrder.map((outlet, i) => ({
    outlet,
    size: sizes.get(outlet)!,
    y: barsHeight + i * rowHeight,
    barWidth: setBar(sizes.get(outlet)!)
  }));
  return {
    combinations,
    hidden: hidden.length,
    hiddenFacts: hidden.reduce((n, c) => n + c.facts.length, 0),
    sets,
    columnWidth,
    rowHeight,
    barsHeight,
    setBarsWidth,
    maxCombination,
    width: setBarsWidth + matrixWidth,
    height: barsHeight + setOrder.length * rowHeight
  };
}
