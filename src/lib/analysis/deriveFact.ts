// Re-derives one fact (central claim, order, label, discrepancies, cohesion, verdicts) after
// people changed its members, with the engine's own pieces: the pair model, claimComparer, mutualCoverage and
// factVerdicts, the same way analyzeClaims builds a fact.
import { claimProfile } from './alignClaims';
import type { EngineContext } from './engineContext';
import type { SentenceProfile } from './profileSentence';
import type { ClaimComparer } from './claimComparer';
import { globalIdf, pairProbability } from './pairModel';
import { ALIGN_MODEL } from './alignModel';
import { mutualCoverage } from './contentCoverage';
import type { Claim, Fact, Discrepancy, Verdict } from './types';
import { centralCandidates, factVerdicts } from './verdicts';
import { labelledMember } from './factLabel';

/** The pair model's probability, with per-profile quantities remembered in the context when there is one. */
function probability(a: SentenceProfile, b: SentenceProfile, context?: EngineContext): number {
  return pairProbability(a, b, globalIdf, context?.prepared);
}

/**
 * Of the centralCandidates (the members of outlets the fact's discrepancies do not outvote), the one with the
 * highest summed pair probability to all other members (the first one on ties): the rule analyzeClaims follows.
 */
export function centralClaim(
  members: Claim[],
  discrepancies: readonly Discrepancy[],
  context?: EngineContext
): Claim {
  const candidates = centralCandidates(members, discrepancies);
  let best = candidates[0];
  let bestScore = -1;
  for (const c of candidates) {
    let score = 0;
    for (const d of members)
      if (d !== c) score += probability(claimProfile(c, context), claimProfile(d, context), context);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** The fact's central claim as the engine chose it: the member its label was taken from. */
export function labelledCentral(fact: Fact, members: Claim[], context?: EngineContext): Claim {
  return labelledMember(fact, members) ?? centralClaim(members, fact.discrepancies, context);
}

/** Claim ids with one representative per article first (article order), then the rest. */
export function orderMembers(
  members: Claim[],
  central: Claim,
  articleOrder: Map<string, number>,
  context?: EngineContext
): string[] {
  const centrality = new Map(
    members.map((c) => [
      c,
      c === central
        ? Infinity
        : probability(claimProfile(c, context), claimProfile(central, context), context)
    ])
  );
  const representative = new Map<string, Claim>();
  for (const c of members) {
    const current = representative.get(c.articleId);
    if (!current || centrality.get(c)! > centrality.get(current)!) representative.set(c.articleId, c);
  }
  const first = [...representative.values()].sort(
    (x, y) => (articleOrder.get(x.articleId) ?? 0) - (articleOrder.get(y.articleId) ?? 0) || x.start - y.start
  );
  return [...first, ...members.filter((c) => !first.includes(c))].map((c) => c.id);
}

/** Discrepancies (by `compare`, the engine's claimComparer) and cohesion over every cross-article pair, as
 * analyzeClaims computes them. */
export function pairFacts(
  members: Claim[],
  compare: ClaimComparer,
  context?: EngineContext
): { discrepancies: Discrepancy[]; cohesion: number } {
  const discrepancies: Discrepancy[] = [];
  let sum = 0;
  let pairs = 0;
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const [a, b] = [members[x], members[y]];
      if (a.articleId === b.articleId) continue;
      sum += probability(claimProfile(a, context), claimProfile(b, context), context);
      pairs++;
      if (a.outlet === b.outlet) continue;
      for (const d of compare(a, b))
        discrepancies.push({ type: d.type, claims: [a.id, b.id], values: d.values });
    }
  }
  return { discrepancies, cohesion: pairs ? Math.round((sum / pairs) * 1000) / 1000 : 1 };
}

/**
 * Whether a claim reports its content as uncertain ("allegedly", "may", "reportedly"). Hedged against asserted is
 * worth showing but is not a conflict unless the allegation is about what the other states as fact (see
 * compareValues): an outlet that hedges where the central claim asserts, or the reverse, says it "partially".
 */
export function isHedged(c: Claim): boolean {
  return c.certainty === 'hedged';
}

/**
 * How closely a claim says what the central outlet says: its highest mutual content coverage with one of that
 * outlet's claims of the fact reported as firmly (a hedged report of an asserted fact says less: -1).
 */
export function sameCoverageOf(c: Claim, said: readonly Claim[], context?: EngineContext): number {
  let best = -1;
  for (const k of said)
    if (isHedged(c) === isHedged(k))
      best = Math.max(best, mutualCoverage(claimProfile(c, context), claimProfile(k, context)));
  return best;
}

/**
 * Per-outlet verdicts with the engine's rule for "says the same as the central outlet": a claim whose
 * sameCoverageOf reaches `sameCoverage` (the alignment model's bound, fitted on facts-dev's values: two outlets
 * say the same when they give the same values for the facts they share). Comparing with all of the central
 * outlet's claims of the fact, not only the central one, keeps a headline as central claim ("Four dead as river
 * floods Kellby") from making every body sentence that says the same as the central outlet's own body "partial".
 */
export function deriveVerdicts(
  members: Claim[],
  central: Claim,
  discrepancies: Discrepancy[],
  outlets: string[],
  context?: EngineContext,
  sameCoverage = ALIGN_MODEL.thresholds.sameCoverage
): { outlets: Record<string, Verdict>; verdict: Verdict } {
  const said = members.filter((c) => c.outlet === central.outlet);
  return factVerdicts(
    members,
    central,
    discrepancies,
    outlets,
    (c) => c === central || sameCoverageOf(c, said, context) >= sameCoverage
  );
}

/** The overall verdict once people set some outlets' verdicts by hand. */
export function overallVerdict(outlets: Record<string, Verdict>): Verdict {
  const reported = Object.values(outlets).filter((v) => v !== 'absent');
  if (!reported.length) return 'absent';
  if (reported.includes('differ')) return 'differ';
  return reported.every((v) => v === 'same') ? 'same' : 'partial';
}
