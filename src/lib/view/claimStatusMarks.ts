import type { AnalysisResult, Claim, DiscrepancyType } from '../analysis/types';

/** A differing value inside a claim, in article-text offsets. */
export interface ValueMark {
  start: number;
  end: number;
  type: DiscrepancyType;
  /** This claim's value and the other outlet's, as the engine reported them. */
  value: string;
  other: string;
  otherOutlet: string;
}

/**
 * Where each discrepancy's values sit inside the claims' text, by claim id: the literal value if it occurs in
 * the claim, else the claim's extracted feature of that type (a number "3000" shown as "3,000" in the text,
 * a date, an entity). Discrepancies whose value cannot be located (certainty, negation, attribution without a
 * matching span) mark nothing; the fact page explains them in words.
 */
export function discrepancyMarks(result: AnalysisResult): Record<string, ValueMark[]> {
  const claims = new Map<string, Claim>();
  for (const a of result.articles) for (const c of a.claims) claims.set(c.id, c);
  const marks: Record<string, ValueMark[]> = {};
  for (const g of result.facts) {
    for (const d of g.discrepancies) {
      for (const side of [0, 1] as const) {
        const claim = claims.get(d.claims[side]);
        const other = claims.get(d.claims[1 - side]);
        if (!claim) continue;
        const span = locateValue(claim, d.type, d.values[side]);
        if (!span) continue;
        const list = (marks[claim.id] ??= []);
        if (list.some((m) => m.start < span.end && span.start < m.end)) continue;
        list.push({
          ...span,
          type: d.type,
          value: d.values[side],
          other: d.values[1 - side],
          otherOutlet: other?.outlet ?? ''
        });
      }
    }
  }
  for (const list of Object.values(marks)) list.sort((a, b) => a.start - b.start);
  return marks;
}

function locateValue(
  claim: Claim,
  type: DiscrepancyType,
  value: string
): { start: number; end: number } | null {
  const v = value.trim();
  if (v) {
    const at = claim.text.toLowerCase().indexOf(v.toLowerCase());
    if (at >= 0) return { start: claim.start + at, end: claim.start + at + v.length };
  }
  const inside = (s: { start: number; end: number }) => s.start >= claim.start && s.end <= claim.end;
  const norm = v.toLowerCase();
  if (type === 'number') {
    const n = Number(v.replace(/[^\d.-]/g, ''));
    const q = claim.numbers.find((x) => x.value === n || x.text === v) ?? claim.numbers[0];
    return q && inside(q) ? { start: q.start, end: q.end } : null;
  }
  if (type === 'date') {
    const d = claim.dates.find((x) => x.from === v || x.text === v || x.from.startsWith(v)) ?? claim.dates[0];
    return d && inside(d) ? { start: d.start, end: d.end } : null;
  }
  if (type === 'place' || type === 'name' || type === 'role') {
    const e = claim.entities.find(
      (x) => x.norm === norm || x.text.toLowerCase() === norm || x.role?.toLowerCase() === norm
    );
    return e && inside(e) ? { start: e.start, end: e.end } : null;
  }
  if (type === 'attribution' && claim.attribution && inside(claim.attribution)) {
    return { start: claim.attribution.start, end: claim.attribution.end };
  }
  return null;
}
