// One fact once: two facts may list some claims in common (a claim that states both), but never most of either's
// claims, or readers see one fact twice. Where they would, the "also mentions" (secondary) listings of the shared
// claims are dropped, the smaller fact's first, until fewer than half of the smaller fact's claims are shared.
// Primary membership is never touched, so every claim keeps its own fact.

/**
 * `primary[k]` are fact k's own claims, `all[k]` the same followed by its secondary members (as from
 * addSecondaryMembers / mergeRedundantFacts). Returns `all` with secondary listings dropped so that no two facts
 * share more than half of the smaller one's claims; the inputs are not modified.
 */
export function limitSharedClaims(primary: number[][], all: number[][]): number[][] {
  const own = primary.map((members) => new Set(members));
  const sets = all.map((members) => new Set(members));
  const factsOf = new Map<number, number[]>();
  sets.forEach((set, g) => {
    for (const i of set) factsOf.set(i, [...(factsOf.get(i) ?? []), g]);
  });
  const shared = (x: number, y: number) => {
    const [small, large] = sets[x].size <= sets[y].size ? [sets[x], sets[y]] : [sets[y], sets[x]];
    const out: number[] = [];
    for (const i of small) if (large.has(i)) out.push(i);
    return out;
  };
  // Every pair of facts that share a claim, in a fixed order.
  const pairs = new Set<number>();
  for (const facts of factsOf.values())
    for (let a = 0; a < facts.length; a++)
      for (let b = a + 1; b < facts.length; b++) pairs.add(facts[a] * all.length + facts[b]);
  // Dropping a listing shrinks a fact, which can raise its share with a fact already checked: repeat until
  // nothing changes (each pass only removes listings, so this ends).
  const ordered = [...pairs].sort((x, y) => x - y);
  for (let changed = true; changed;) {
    changed = false;
    for (const key of ordered) {
      const [x, y] = [Math.floor(key / all.length), key % all.length];
      const common = shared(x, y);
      const tooMany = () => common.length > Math.min(sets[x].size, sets[y].size) / 2;
      if (!tooMany()) continue;
      const [small, large] = sets[x].size <= sets[y].size ? [x, y] : [y, x];
      // Drop the smaller fact's secondary listings of shared claims first, then the larger's.
      const droppable = [
        ...common.filter((i) => !own[small].has(i)).map((i) => [small, i] as const),
        ...common.filter((i) => !own[large].has(i)).map((i) => [large, i] as const)
      ];
      while (tooMany() && droppable.length) {
        const [g, i] = droppable.shift()!;
        sets[g].delete(i);
        common.splice(common.indexOf(i), 1);
        changed = true;
      }
    }
  }
  return all.map((members, g) => members.filter((i) => sets[g].has(i)));
}
