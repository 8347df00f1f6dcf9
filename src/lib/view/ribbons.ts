import type { AnalysisResult } from '../analysis/types';

export interface AlignedPair {
  fact: string;
  /** Index of the left column; the right one is column + 1. */
  column: number;
  left: string;
  right: string;
}

/**
 * Claim pairs to link between adjacent columns: for every fact and every pair of neighbouring columns
 * (articles), each claim of the left article in the fact paired with each claim of the right article in it.
 * Non-claims never pair.
 */
export function alignedPairs(result: AnalysisResult, columnArticles: string[]): AlignedPair[] {
  const articleOf = new Map<string, string>();
  for (const a of result.articles)
    for (const c of a.claims) if (c.kind === 'claim') articleOf.set(c.id, a.id);
  const pairs: AlignedPair[] = [];
  for (let column = 0; column + 1 < columnArticles.length; column++) {
    const [leftArticle, rightArticle] = [columnArticles[column], columnArticles[column + 1]];
    for (const g of result.facts) {
      const left = g.claims.filter((id) => articleOf.get(id) === leftArticle);
      const right = g.claims.filter((id) => articleOf.get(id) === rightArticle);
      for (const l of left) for (const r of right) pairs.push({ fact: g.id, column, left: l, right: r });
    }
  }
  return pairs;
}

/** Vertical extent of a claim span on one side of the gutter, in the gutter's coordinates. */
export interface RibbonEnd {
  top: number;
  bottom: number;
}

/**
 * A closed band from the left edge (x = 0) to the right edge (x = width) of the gutter, with S-curves so
 * crossing ribbons stay readable. Ends are clamped to the visible gutter height so off-screen claims point
 * up or down rather than disappearing.
 */
export function ribbonPath(left: RibbonEnd, right: RibbonEnd, width: number, height: number): string {
  const clamp = (v: number) => Math.max(0, Math.min(height, v));
  const [lt, lb, rt, rb] = [clamp(left.top), clamp(left.bottom), clamp(right.top), clamp(right.bottom)];
  const mid = width / 2;
  const r = (v: number) => Math.round(v * 10) / 10;
  return [
    `M0,${r(lt)}`,
    `C${r(mid)},${r(lt)} ${r(mid)},${r(rt)} ${r(width)},${r(rt)}`,
    `L${r(width)},${r(rb)}`,
    `C${r(mid)},${r(rb)} ${r(mid)},${r(lb)} 0,${r(lb)}`,
    'Z'
  ].join(' ');
}

/** Whether a ribbon is worth drawing: at least one end is inside the visible gutter. */
export function ribbonVisible(left: RibbonEnd, right: RibbonEnd, height: number): boolean {
  const inside = (e: RibbonEnd) => e.bottom >= 0 && e.top <= height;
  return inside(left) || inside(right);
}

export interface SpanOffset {
  claim: string;
  /** Offset of the span's top from the top of its scrolling column's content. */
  top: number;
}

/**
 * Scroll sync: the claim at the top of the scrolled column that has a partner in the other column, and the
 * scrollTop that puts the partner at the same distance from the top. null when nothing aligns.
 */
export function syncScrollTop(
  scrollTop: number,
  source: SpanOffset[],
  target: SpanOffset[],
  partners: Map<string, string[]>
): number | null {
  const targetTop = new Map(target.map((t) => [t.claim, t.top]));
  const candidates = source
    .filter((s) => (partners.get(s.claim) ?? []).some((p) => targetTop.has(p)))
    .sort((a, b) => a.top - b.top);
  if (!candidates.length) return null;
  // The first aligned claim whose top is at or below the scroll position, else the last one above it.
  const anchor = candidates.find((c) => c.top >= scrollTop - 4) ?? candidates[candidates.length - 1];
  const partnerTop = Math.min(
    ...(partners.get(anchor.claim) ?? [])
      .map((p) => targetTop.get(p))
      .filter((t): t is number => t !== undefined)
  );
  return Math.max(0, partnerTop - (anchor.top - scrollTop));
}

/** Partners of each claim across all pairs, both directions. */
export function partnerMap(pairs: AlignedPair[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (a: string, b: string) => map.set(a, [...(map.get(a) ?? []), b]);
  for (const p of pairs) {
    add(p.left, p.right);
    add(p.right, p.left);
  }
  return map;
}
