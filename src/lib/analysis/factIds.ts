// Stable fact ids: a fact keeps its id across re-analysis while its central claim survives, so a shared link
// such as /events/3/facts/g7 keeps pointing at the same fact after an article is added. A fact whose central claim
// is new gets a fresh id, never one an earlier result used.
import { labelledMembers } from './factLabel';
import type { AnalysisResult, Claim } from './types';

/** A central claim's identity across runs: its article and its exact text. */
export function centralKey(claim: Pick<Claim, 'articleId' | 'text'>): string {
  return `${claim.articleId}\u0000${claim.text}`;
}

export interface FactIds {
  /** Previous fact id by the centralKey of its central claim. */
  byCentral: Map<string, string>;
  /** The first number no earlier fact id used. */
  next: number;
}

/** The ids a previous result gave its facts, by central claim (the primary members its label may be made from). */
export function previousFactIds(previous: AnalysisResult | undefined): FactIds {
  const byCentral = new Map<string, string>();
  let max = 0;
  if (!previous) return { byCentral, next: 1 };
  const claims = new Map(previous.articles.flatMap((a) => a.claims.map((c) => [c.id, c])));
  for (const fact of previous.facts) {
    max = Math.max(max, Number(fact.id.replace(/^\D+/, '')) || 0);
    const members = fact.claims.map((id) => claims.get(id)).filter((c) => c !== undefined);
    // Every member the label may have been made from: when two carry the central claim's text, the label does
    // not say which one was central, and either surviving keeps the id.
    for (const central of labelledMembers(fact, members)) {
      const key = centralKey(central);
      if (!byCentral.has(key)) byCentral.set(key, fact.id);
    }
  }
  return { byCentral, next: max + 1 };
}

/** Assigns ids to this run's facts in order: a surviving central claim keeps its fact's id, others get new ones. */
export function assignFactIds(centrals: Claim[], ids: FactIds): string[] {
  let next = ids.next;
  const used = new Set<string>();
  return centrals.map((central) => {
    const kept = ids.byCentral.get(centralKey(central));
    if (kept && !used.has(kept)) {
      used.add(kept);
      return kept;
    }
    return `g${next++}`;
  });
}
