// A previous result's facts with their members in engine order: analyzeClaims walks a fact's primary
// members by claim position in the event, then its secondary ones, while a result lists them in display order.
// The order is rebuilt from the previous result's articles and claims; it is what seeding the per-pair and
// per-fact memories (comparedPairs, verdictsOnce) needs.
import { claimKey, trimComparedPairs } from './comparedPairs';
import type { EngineContext } from './engineContext';
import type { AnalysisResult, Claim, Fact } from './types';

export interface PreviousFact {
  fact: Fact;
  /** Members still known (their article has a hash), in engine order. */
  members: Claim[];
  /** How many of `members` are primary (they come first). */
  primaryCount: number;
  /** Whether every claim the fact lists is among `members`. */
  complete: boolean;
}

export interface PreviousFacts {
  facts: PreviousFact[];
  /** claimKey of each known claim, by claim id. */
  keyOf: Map<string, number>;
}

export function previousFacts(previous: AnalysisResult, context: EngineContext): PreviousFacts {
  // Names claims, so it must run before any analysis names its own (see trimComparedPairs).
  trimComparedPairs(context);
  const position = new Map<string, number>();
  const claimOf = new Map<string, Claim>();
  const keyOf = new Map<string, number>();
  for (const article of previous.articles) {
    if (!article.hash) continue;
    for (const claim of article.claims) {
      if (claim.kind !== 'claim') continue;
      position.set(claim.id, position.size);
      claimOf.set(claim.id, claim);
      keyOf.set(claim.id, claimKey(context, article.hash, claim.id));
    }
  }
  const byPosition = (x: string, y: string) => position.get(x)! - position.get(y)!;
  const facts = previous.facts.map((fact) => {
    const secondary = new Set(fact.secondary ?? []);
    const known = fact.claims.filter((id) => position.has(id));
    const primary = known.filter((id) => !secondary.has(id)).sort(byPosition);
    const members = [...primary, ...known.filter((id) => secondary.has(id)).sort(byPosition)];
    return {
      fact,
      members: members.map((id) => claimOf.get(id)!),
      primaryCount: primary.length,
      complete: known.length === fact.claims.length
    };
  });
  return { facts, keyOf };
}
