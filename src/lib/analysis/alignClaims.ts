// Candidate retrieval (BM25 over lemmas, names and numbers) plus pair-model scoring: near-linear in the number
// of claims, because each claim is only scored against its top-k candidates from other articles.
import { Bm25Index } from './bm25';
import { pairProbability } from './pairModel';
import { profileSentence, type SentenceProfile } from './profileSentence';
import type { Claim } from './types';

export interface ClaimEdge {
  /** Indexes into the claims array passed to alignClaims, a < b. */
  a: number;
  b: number;
  score: number;
}

// Profiles and pair scores depend on the claim texts only, so they are cached by text: re-analysing an event
// after adding one article scores only the new article's pairs. Both caches are bounded.
const CACHE_LIMIT = 400_000;
const profiles = new Map<string, SentenceProfile>();
const pairScores = new Map<string, number>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Text profile of a claim (cached by text). */
export function claimProfile(claim: Claim): SentenceProfile {
  return profiles.get(claim.text) ?? remember(profiles, claim.text, profileSentence(claim.text));
}

/** Pair-model probability of two claims (cached by their texts; symmetric). */
export function claimPairScore(a: Claim, b: Claim): number {
  const key = a.text < b.text ? `${a.text}\u0001${b.text}` : `${b.text}\u0001${a.text}`;
  const cached = pairScores.get(key);
  if (cached !== undefined) return cached;
  // Score in a fixed order so the result does not depend on which claim comes first.
  const [x, y] = a.text < b.text ? [a, b] : [b, a];
  return remember(pairScores, key, pairProbability(claimProfile(x), claimProfile(y)));
}

function retrievalTerms(claim: Claim, p: SentenceProfile): string[] {
  const terms = [...p.lemmas];
  for (const e of p.entities) terms.push(`e:${e}`);
  for (const e of claim.entities) terms.push(`e:${e.norm}`);
  for (const n of p.numbers) terms.push(`n:${n}`);
  return terms;
}

export interface AlignOptions {
  /** Candidates retrieved per claim. */
  topK?: number;
  /** Edges below this probability are dropped. */
  minScore?: number;
}

/** Scored alignment edges between claims of different articles. */
export function alignClaims(claims: Claim[], { topK = 30, minScore = 0.1 }: AlignOptions = {}): ClaimEdge[] {
  const index = new Bm25Index();
  const termsOf = claims.map((c) => retrievalTerms(c, claimProfile(c)));
  for (const terms of termsOf) index.add(terms);
  const seen = new Map<number, number>();
  const edges: ClaimEdge[] = [];
  claims.forEach((claim, i) => {
    const hits = index.search(termsOf[i], topK, (d) => claims[d].articleId !== claim.articleId);
    for (const { doc: j } of hits) {
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      const key = a * claims.length + b;
      if (seen.has(key)) continue;
      const score = claimPairScore(claims[a], claims[b]);
      seen.set(key, score);
      if (score >= minScore) edges.push({ a, b, score });
    }
  });
  return edges.sort((x, y) => x.a - y.a || x.b - y.b);
}
