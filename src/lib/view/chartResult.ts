// What the certainty, shared-facts and timeline charts read of an analysis, with its own type: claim ids, kinds and
// outlets, facts with their per-outlet verdicts, and each outlet's certainty counts and cited sources. The event
// page ships this instead of the whole engine output (no claim wording, features or derived-copy detail).
import type { AnalysisResult, Certainty, ClaimKind, Verdict } from '../analysis/types';

export interface ChartClaim {
  id: string;
  outlet: string;
  kind: ClaimKind;
}

export interface ChartFact {
  id: string;
  label: string;
  verdict: Verdict;
  claims: string[];
  /** Verdict per outlet; a missing outlet reads as 'absent'. */
  outlets: Record<string, Verdict>;
}

export interface ChartOutlet {
  outlet: string;
  certainty: Record<Certainty, number>;
  sources: { source: string; count: number }[];
}

export interface ChartResult {
  articles: { id: string; outlet: string; claims: ChartClaim[] }[];
  facts: ChartFact[];
  outlets: ChartOutlet[];
}

/** The chart data of a result. */
export function chartResult(result: AnalysisResult): ChartResult {
  return {
    articles: result.articles.map((a) => ({
      id: a.id,
      outlet: a.outlet,
      claims: a.claims.map((c) => ({ id: c.id, outlet: c.outlet, kind: c.kind }))
    })),
    facts: result.facts.map((g) => ({
      id: g.id,
      label: g.label,
      verdict: g.verdict,
      claims: g.claims,
      // Listing every outlet's 'absent' for every fact is most of the bytes.
      outlets: Object.fromEntries(Object.entries(g.outlets).filter(([, v]) => v !== 'absent'))
    })),
    outlets: result.outlets.map((o) => ({ outlet: o.outlet, certainty: o.certainty, sources: o.sources }))
  };
}

/**
 * The chart data of the outlets `keep` accepts only (the page's shown outlets): their articles and claims, and
 * the facts at least one of them reports, with only their verdicts.
 */
export function chartResultFor(chart: ChartResult, keep: (outlet: string) => boolean): ChartResult {
  const articles = chart.articles.filter((a) => keep(a.outlet));
  const claims = new Set(articles.flatMap((a) => a.claims.map((c) => c.id)));
  return {
    articles,
    facts: chart.facts
      .map((g) => ({
        ...g,
        claims: g.claims.filter((id) => claims.has(id)),
        outlets: Object.fromEntries(Object.entries(g.outlets).filter(([outlet]) => keep(outlet)))
      }))
      .filter((g) => g.claims.length > 0),
    outlets: chart.outlets.filter((o) => keep(o.outlet))
  };
}
