import { outletAgreement, summarizeOutlets } from '../../analysis/summarizeOutlets';
import type { AnalysisResult, Fact } from '../../analysis/types';
import { sourceVerdicts, type IndependentSources } from '../../view/independentSources';

/**
 * The result counted over sources: each source stands where its outlets stood (claims, articles, facts'
 * per-outlet verdicts), and outlet summaries (omissions, their reportedBy) and agreement are recomputed with the
 * engine's own rules, so two outlets of one source never count as corroborating each other. A fact's overall
 * verdict and its discrepancies stay as they are: a contradiction between two outlets of one owner is still one.
 */
export function countBySource(result: AnalysisResult, grouping: IndependentSources): AnalysisResult {
  const source = (outlet: string) => grouping.sourceOf[outlet] ?? outlet;
  const articles = result.articles.map((a) => ({
    ...a,
    outlet: source(a.outlet),
    claims: a.claims.map((c) => ({ ...c, outlet: source(c.outlet) }))
  }));
  const facts: Fact[] = result.facts.map((g) => ({
    ...g,
    outlets: sourceVerdicts(g.outlets, grouping)
  }));
  return {
    engine: result.engine,
    articles,
    facts,
    outlets: summarizeOutlets(articles, facts),
    agreement: outletAgreement(articles, facts),
    derived: result.derived
  };
}
