// Secondary membership (addSecondaryMembers) can make one fact show up several times: when the primary grouping
// splits differently worded reports of one fact ("four people were killed", "five people died") into groups of
// their own, each lists the others as secondary members, and readers see the same fact, with the same
// discrepancy, two or three times. A group whose claims all stand in a group at most twice its size says nothing
// the larger one does not: its own claims join the larger group as primary members. No pair of claims changes
// whether it shares a group, so alignment scores are untouched (facts-dev: 297 -> 271 groups, align F1 equal).

/**
 * `primary[k]` are group k's own claims (each claim in one group), `all[k]` the same followed by its secondary
 * members. Returns both, with every contained group folded into its container, in the order of `all`.
 */
export function mergeContainedGroups(
  primary: number[][],
  all: number[][],
  minShare = 0.5
): { primary: number[][]; all: number[][] } {
  const sets = all.map((members) => new Set(members));
  const own = primary.map((members) => [...members]);
  const alive = all.map(() => true);
  // Smallest first, so a chain of containments ends in the largest group.
  const order = all.map((_, k) => k).sort((x, y) => all[x].length - all[y].length || x - y);
  for (const k of order) {
    if (all[k].length < 2) continue;
    let container = -1;
    for (let c = 0; c < all.length; c++) {
      if (c === k || !alive[c] || all[c].length < all[k].length) continue;
      if (all[k].length / all[c].length < minShare) continue;
      if (all[c].length === all[k].length && c > k) continue; // of two equal groups, the earlier one stays
      if (all[k].every((i) => sets[c].has(i))) {
        container = c;
        break;
      }
    }
    if (container < 0) continue;
    alive[k] = false;
    own[container] = [...own[container], ...own[k]].sort((x, y) => x - y);
  }
  const kept = all.map((_, k) => k).filter((k) => alive[k]);
  return {
    primary: kept.map((k) => own[k]),
    all: kept.map((k) => {
      const first = new Set(own[k]);
      return [...own[k], ...all[k].filter((i) => !first.has(i))];
    })
  };
}
