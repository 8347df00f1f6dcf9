import { primaryFacts } from '../analysis/primaryFacts';
import type { AnalysisResult, Fact } from '../analysis/types';

/** How one claim stands across outlets, for highlighting an article's text. */
export type ClaimStatus = 'same' | 'partial' | 'differ' | 'single' | 'non-claim';

export const CLAIM_STATUS_LABEL: Record<ClaimStatus, string> = {
  same: 'other outlets report the same',
  partial: 'other outlets report it in part',
  differ: 'other outlets report it differently',
  single: 'only this outlet reports it',
  'non-claim': 'not a claim'
};

/**
 * The facts shown as facts: those with at least one real claim (the engine also groups non-claims such as
 * bylines, which are never shown as facts). Facts without claims count when some outlet reports them.
 */
export function reportedFacts<G extends Pick<Fact, 'claims' | 'outlets'>>(result: {
  articles: { claims: { id: string; kind: string }[] }[];
  facts: G[];
}): G[] {
  const kind = new Map<string, string>();
  for (const a of result.articles) for (const c of a.claims) kind.set(c.id, c.kind);
  return result.facts.filter((g) =>
    g.claims.length
      ? g.claims.some((id) => kind.get(id) !== 'non-claim')
      : Object.values(g.outlets).some((v) => v !== 'absent')
  );
}

/**
 * Status of every claim in the result, by claim id. A claim is 'single' when no other outlet's claim sits in
 * its fact (or it is in no fact); otherwise it takes its outlet's verdict in the fact.
 */
export function claimStatuses(result: AnalysisResult): Record<string, ClaimStatus> {
  const outletOf = new Map<string, string>();
  for (const article of result.articles) for (const c of article.claims) outletOf.set(c.id, c.outlet);
  const factOf = primaryFacts(result.facts);

  const statuses: Record<string, ClaimStatus> = {};
  for (const article of result.articles) {
    for (const claim of article.claims) {
      if (claim.kind === 'non-claim') {
        statuses[claim.id] = 'non-claim';
        continue;
      }
      const fact = factOf.get(claim.id);
      const outlets = new Set(fact?.claims.map((id) => outletOf.get(id) ?? claim.outlet));
      if (!fact || outlets.size < 2) {
        statuses[claim.id] = 'single';
        continue;
      }
      // An outlet with a claim in the fact should never be 'absent'; if it is, the fact's verdict stands in.
      const verdict = fact.outlets[claim.outlet] ?? fact.verdict;
      statuses[claim.id] =
        verdict === 'absent' ? (fact.verdict === 'absent' ? 'same' : fact.verdict) : verdict;
    }
  }
  return statuses;
}
