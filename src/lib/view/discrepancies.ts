// Discrepancies: the typed differences between two outlets' claims of one fact, grouped by type.
import type { AnalysisResult, Claim, Discrepancy, DiscrepancyType, Fact } from '../analysis/types';

export interface DiscrepancyItem {
  fact: string;
  label: string;
  type: DiscrepancyType;
  outletA: string;
  valueA: string;
  outletB: string;
  valueB: string;
}

export interface DiscrepancySection {
  type: DiscrepancyType;
  title: string;
  /** All discrepancies of the type (items holds at most the limit). */
  count: number;
  items: DiscrepancyItem[];
}

export const DISCREPANCY_TITLES: Record<DiscrepancyType, string> = {
  number: 'Numbers',
  date: 'Dates',
  place: 'Places',
  name: 'Names',
  role: 'Titles and roles',
  negation: 'Negation (one says it did not happen)',
  certainty: 'Certainty (stated, attributed, hedged, denied)',
  attribution: 'Attribution (who says it)'
};

/** A value as written, for telling repeats apart ("Twelve" and "twelve" are one). */
const normValue = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

/** A discrepancy with the two claims it names. */
export interface NamedDiscrepancy {
  discrepancy: Discrepancy;
  a: Claim;
  b: Claim;
}

/**
 * One fact's discrepancies as people read them. The engine lists every pair of claims that disagree; people see
 * one conflict between two outlets once, however many of their claims repeat it (a headline and a lead).
 */
export function distinctDiscrepancies(fact: Fact, claims: Map<string, Claim>): NamedDiscrepancy[] {
  const listed = new Set<string>();
  const out: NamedDiscrepancy[] = [];
  for (const d of fact.discrepancies) {
    const a = claims.get(d.claims[0]);
    const b = claims.get(d.claims[1]);
    if (!a || !b) continue;
    const sides = [
      `${a.outlet}\u0001${normValue(d.values[0])}`,
      `${b.outlet}\u0001${normValue(d.values[1])}`
    ].sort();
    const key = [d.type, ...sides].join('\u0000');
    if (listed.has(key)) continue;
    listed.add(key);
    out.push({ discrepancy: d, a, b });
  }
  return out;
}

/** Sections by type, the most frequent first; only facts in `facts` (fact id -> label) are listed. */
export function discrepancySections(
  result: AnalysisResult,
  claims: Map<string, Claim>,
  facts: Map<string, string>,
  limitPerType = 50
): { total: number; sections: DiscrepancySection[] } {
  const byType = new Map<DiscrepancyType, DiscrepancyItem[]>();
  for (const fact of result.facts) {
    const label = facts.get(fact.id);
    if (label === undefined) continue;
    for (const { discrepancy: d, a, b } of distinctDiscrepancies(fact, claims)) {
      const items = byType.get(d.type) ?? [];
      items.push({
        fact: fact.id,
        label,
        type: d.type,
        outletA: a.outlet,
        valueA: d.values[0],
        outletB: b.outlet,
        valueB: d.values[1]
      });
      byType.set(d.type, items);
    }
  }
  const sections = [...byType]
    .map(([type, items]) => ({
      type,
      title: DISCREPANCY_TITLES[type],
      count: items.length,
      items: items.slice(0, limitPerType)
    }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return { total: sections.reduce((n, s) => n + s.count, 0), sections };
}
