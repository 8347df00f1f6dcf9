import type { ClaimGroup } from './types';

/**
 * Each claim's own group, by claim id. A claim stating several facts is also listed in other groups (as one of
 * their `secondary` members); its own group is the one that lists it but not as secondary.
 */
export function primaryGroups(groups: readonly ClaimGroup[]): Map<string, ClaimGroup> {
  const own = new Map<string, ClaimGroup>();
  for (const g of groups) {
    const secondary = new Set(g.secondary ?? []);
    for (const id of g.claims) if (!secondary.has(id) && !own.has(id)) own.set(id, g);
  }
  return own;
}
