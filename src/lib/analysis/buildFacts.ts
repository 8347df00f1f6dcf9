// Groups aligned claims into facts by average-linkage agglomeration over the alignment edges: two facts merge
// only when their claims are, on average, aligned above the threshold (pairs without an edge count as 0), so
// a chain of loosely related claims does not snowball into one fact covering the whole event.
import type { ClaimEdge } from './alignClaims';

export interface GroupingOptions {
  /** Minimum average pair score between two facts to merge them. */
  threshold: number;
  /** Minimum score of an edge to start a merge. */
  minEdge?: number;
}

/**
 * Returns facts as arrays of claim indexes (each claim in exactly one fact), ordered by first claim.
 * `articleOf[i]` is claim i's article: pairs inside one article are never scored, so they are left out of the
 * average (an article restating its headline in the lead should not block a merge).
 */
export function buildFacts(
  articleOf: readonly string[],
  edges: ClaimEdge[],
  { threshold, minEdge = threshold }: GroupingOptions
): number[][] {
  const count = articleOf.length;
  // links[g]: fact -> summed edge scores between fact g and it, kept up to date as facts merge.
  const links = Array.from({ length: count }, () => new Map<number, number>());
  for (const e of edges) {
    links[e.a].set(e.b, e.score);
    links[e.b].set(e.a, e.score);
  }
  const factOf = Array.from({ length: count }, (_, i) => i);
  const members = Array.from({ length: count }, (_, i) => [i]);
  // Per fact, how many of its claims each article has (to count cross-article pairs without a double loop).
  const perArticle = articleOf.map((a) => new Map([[a, 1]]));
  const ordered = edges
    .filter((e) => e.score >= minEdge)
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const e of ordered) {
    const ga = factOf[e.a];
    const gb = factOf[e.b];
    if (ga === gb) continue;
    const [small, large] = members[ga].length <= members[gb].length ? [ga, gb] : [gb, ga];
    const sum = links[small].get(large) ?? 0;
    let sameArticlePairs = 0;
    for (const [article, n] of perArticle[small])
      sameArticlePairs += n * (perArticle[large].get(article) ?? 0);
    const crossPairs = members[small].length * members[large].length - sameArticlePairs;
    if (sum / Math.max(1, crossPairs) < threshold) continue;
    for (const i of members[small]) factOf[i] = large;
    members[large].push(...members[small]);
    members[small] = [];
    for (const [article, n] of perArticle[small])
      perArticle[large].set(article, (perArticle[large].get(article) ?? 0) + n);
    perArticle[small].clear();
    for (const [other, s] of links[small]) {
      links[other].delete(small);
      if (other === large) continue;
      links[large].set(other, (links[large].get(other) ?? 0) + s);
      links[other].set(large, (links[other].get(large) ?? 0) + s);
    }
    links[large].delete(small);
    links[small].clear();
  }
  return members
    .filter((m) => m.length)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => x[0] - y[0]);
}

/** Mean pairwise score inside a fact (missing edges count as 0; 1 for a single claim). */
export function factCohesion(fact: number[], scoreOf: (a: number, b: number) => number): number {
  if (fact.length < 2) return 1;
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < fact.length; i++)
    for (let j = i + 1; j < fact.length; j++, pairs++) sum += scoreOf(fact[i], fact[j]);
  return sum / pairs;
}
