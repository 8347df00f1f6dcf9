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

const profiles = new WeakMap<Claim, SentenceProfile>();

/** Text profile of a claim, cached per claim object (claims reused by incremental analysis are not re-profiled). */
export function claimProfile(claim: Claim): SentenceProfile {
  let p = profiles.get(claim);
  if (!p) profiles.set(claim, (p = profileSentence(claim.text)));
  return p;
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
      const score = pairProbability(claimProfile(claims[a]), claimProfile(claims[b]));
      seen.set(key, score);
      if (score >= minScore) edges.push({ a, b, score });
    }
  });
  return edges.sort((x, y) => x.a - y.a || x.b - y.b);
}
