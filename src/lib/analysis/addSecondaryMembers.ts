// Gold sentences often state several facts (1-4), and two sentences report the same fact when they share ANY of
// them, while buildFacts puts each claim in exactly one fact. A claim whose affinity to another fact is, on
// average, as strong as a fact's own cohesion is therefore listed in that fact too (after its own members):
// it states that fact as well. Linear in the number of edges.
import type { ClaimEdge } from './alignClaims';

/**
 * Returns `facts` with secondary members appended: claim i joins fact g (not its own) when the mean edge score
 * between i and g's members from other articles reaches `minAverage` (pairs without an edge count as 0).
 * Claims keep their own (primary) fact; the input arrays are not modified.
 */
export function addSecondaryMembers(
  facts: number[][],
  articleOf: readonly string[],
  edges: ClaimEdge[],
  minAverage: number
): number[][] {
  const factOf = new Int32Array(articleOf.length).fill(-1);
  facts.forEach((members, g) => members.forEach((i) => (factOf[i] = g)));
  // Per fact, how many members each article has (to count a claim's cross-article partners).
  const perArticle = facts.map((members) => {
    const counts = new Map<string, number>();
    for (const i of members) counts.set(articleOf[i], (counts.get(articleOf[i]) ?? 0) + 1);
    return counts;
  });
  // sums[i]: fact -> summed edge scores between claim i and that fact's members.
  const sums = Array.from({ length: articleOf.length }, () => new Map<number, number>());
  const add = (i: number, j: number, score: number) => {
    const g = factOf[j];
    if (g < 0 || g === factOf[i] || articleOf[i] === articleOf[j]) return;
    sums[i].set(g, (sums[i].get(g) ?? 0) + score);
  };
  for (const e of edges) {
    add(e.a, e.b, e.score);
    add(e.b, e.a, e.score);
  }
  const extra = facts.map(() => [] as number[]);
  sums.forEach((byFact, i) => {
    for (const [g, sum] of byFact) {
      const partners = facts[g].length - (perArticle[g].get(articleOf[i]) ?? 0);
      if (partners > 0 && sum / partners >= minAverage) extra[g].push(i);
    }
  });
  return facts.map((members, g) =>
    extra[g].length ? [...members, ...extra[g].sort((x, y) => x - y)] : members
  );
}
