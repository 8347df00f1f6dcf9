import type { Fact } from './types';

/**
 * Each claim's own fact, by claim id. A claim stating several facts is also listed in other facts (as one of
 * their `secondary` members); its own fact is the one that lists it but not as secondary.
 */
export function primaryFacts(facts: readonly Fact[]): Map<string, Fact> {
  const own = new Map<string, Fact>();
  for (const g of facts) {
    const secondary = new Set(g.secondary ?? []);
    for (const id of g.claims) if (!secondary.has(id) && !own.has(id)) own.set(id, g);
  }
  return own;
}
