// Candidate retrieval (BM25 over lemmas, names and numbers) plus pair-model scoring: near-linear in the number
// of claims, because each claim is only scored against its top-k candidates from other articles.
import { Bm25Index } from './bm25';
import { EventAffinity } from './eventAffinity';
import { contentOverlap, type IdfLookup } from './pairFeatures';
import { pairProbability } from './pairModel';
import { profileSentence, type SentenceProfile } from './profileSentence';
import type { AlignmentMemory, Claim } from './types';

export interface ClaimEdge {
  /** Indexes into the claims array passed to alignClaims, a < b. */
  a: number;
  b: number;
  /** Affinity used for grouping: probability^(1/4) x content overlap^(3/4), see claimAffinity. */
  score: number;
  /** Pair-model probability that the two claims report the same happening. */
  probability: number;
}

// Profiles and pair scores depend on the claim texts only, so they are cached by text: re-analysing an event
// after adding one article scores only the new article's pairs. Both caches are bounded.
const CACHE_LIMIT = 400_000;
const profiles = new Map<string, SentenceProfile>();
const pairScores = new Map<number, number>();
const termsByText = new Map<string, string[]>();
/** Claim texts interned to small integers, so a pair key is one number instead of a long string. */
const textIds = new Map<string, number>();

function textId(text: string): number {
  let id = textIds.get(text);
  if (id === undefined) textIds.set(text, (id = textIds.size));
  return id;
}

/** Empties the in-process caches (as after a server restart); for benchmarks and tests. */
export function clearAlignmentCaches(): void {
  profiles.clear();
  pairScores.clear();
  termsByText.clear();
  textIds.clear();
}

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT || textIds.size >= CACHE_LIMIT) clearAlignmentCaches();
  cache.set(key, value);
  return value;
}

/** Text profile of a claim (cached by text). */
export function claimProfile(claim: Claim): SentenceProfile {
  return profiles.get(claim.text) ?? remember(profiles, claim.text, profileSentence(claim.text));
}

/** Pair-model probability of two claims (cached by their texts; symmetric). */
export function claimPairScore(a: Claim, b: Claim): number {
  const [ia, ib] = [textId(a.text), textId(b.text)];
  const key = Math.min(ia, ib) * 2 ** 26 + Math.max(ia, ib);
  const cached = pairScores.get(key);
  if (cached !== undefined) return cached;
  // Score in a fixed order so the result does not depend on which claim comes first.
  const [x, y] = a.text < b.text ? [a, b] : [b, a];
  return remember(pairScores, key, pairProbability(claimProfile(x), claimProfile(y)));
}

/**
 * Remembers the pair probabilities a previous run scored (AnalysisResult.alignment, e.g. loaded from storage
 * after a restart). A probability depends on the two texts only, so it is remembered under the texts the
 * previous result gives its claims; entries naming an unknown claim are skipped.
 */
export function seedPairScores(memory: AlignmentMemory, textOf: ReadonlyMap<string, string>): void {
  const { claims, pairs, probabilities } = memory;
  if (!Array.isArray(claims) || !Array.isArray(pairs) || !Array.isArray(probabilities)) return;
  if (probabilities.length >= CACHE_LIMIT || claims.length >= CACHE_LIMIT) return;
  // Make room first: a clear in the middle would leave keys made of forgotten text ids.
  if (pairScores.size + probabilities.length >= CACHE_LIMIT || textIds.size + claims.length >= CACHE_LIMIT)
    clearAlignmentCaches();
  const ids = claims.map((id) => {
    const text = textOf.get(id);
    return text === undefined ? undefined : textId(text);
  });
  for (let k = 0; k < probabilities.length; k++) {
    const [ia, ib, probability] = [ids[pairs[2 * k]], ids[pairs[2 * k + 1]], probabilities[k]];
    if (ia === undefined || ib === undefined || typeof probability !== 'number') continue;
    pairScores.set(Math.min(ia, ib) * 2 ** 26 + Math.max(ia, ib), probability);
  }
}

/**
 * Grouping affinity of two claims: a weighted geometric mean of the pair probability (same happening, learned on
 * ECB+; weight 1/4) and how much specific content they share (lemma Dice and WordNet synonym coverage weighted
 * by the event's own IDF, so the words every article of the event uses count little; weight 3/4). The
 * probability alone is high for any two sentences about the same event; the overlap keeps groups to one fact
 * (on facts-dev, weighting overlap 3/4 instead of 1/2 raised leave-one-event-out align F1 0.578 -> 0.604).
 */
export function claimAffinity(
  probability: number,
  a: SentenceProfile,
  b: SentenceProfile,
  eventIdf: IdfLookup
): number {
  const [dice, synonyms] = contentOverlap(a, b, eventIdf);
  return Math.pow(probability, 0.25) * Math.pow((dice + synonyms) / 2, 0.75);
}

function retrievalTerms(claim: Claim, p: SentenceProfile): string[] {
  const key = claim.text + '\u0001' + claim.entities.map((e) => e.norm).join('\u0001');
  const cached = termsByText.get(key);
  if (cached) return cached;
  const terms = [...p.lemmas];
  for (const e of p.entities) terms.push(`e:${e}`);
  for (const e of claim.entities) terms.push(`e:${e.norm}`);
  for (const n of p.numbers) terms.push(`n:${n}`);
  return remember(termsByText, key, terms);
}

export interface AlignOptions {
  /** Candidates retrieved per claim. */
  topK?: number;
  /** Edges below this probability are dropped. */
  minScore?: number;
  /** Told every candidate pair scored (indexes a < b, pair-model probability), in a fixed order. */
  onScored?: (a: number, b: number, probability: number) => void;
}

/** Scored alignment edges between claims of different articles. */
export function alignClaims(
  claims: Claim[],
  { topK = 40, minScore = 0.05, onScored }: AlignOptions = {}
): ClaimEdge[] {
  const index = new Bm25Index();
  const termsOf = claims.map((c) => retrievalTerms(c, claimProfile(c)));
  for (const terms of termsOf) index.add(terms);
  // IDF over this event's claims, scaled like the corpus IDF (a word in every claim weighs ~1).
  const eventIdf: IdfLookup = (lemma) => 1 + index.idf(lemma);
  const affinities = new EventAffinity(eventIdf);
  const seen = new Map<number, number>();
  const edges: ClaimEdge[] = [];
  claims.forEach((claim, i) => {
    const hits = index.search(termsOf[i], topK, (d) => claims[d].articleId !== claim.articleId);
    for (const { doc: j } of hits) {
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      const key = a * claims.length + b;
      if (seen.has(key)) continue;
      const probability = claimPairScore(claims[a], claims[b]);
      onScored?.(a, b, probability);
      const score = affinities.affinity(probability, claimProfile(claims[a]), claimProfile(claims[b]));
      seen.set(key, score);
      if (score >= minScore) edges.push({ a, b, score, probability });
    }
  });
  return edges.sort((x, y) => x.a - y.a || x.b - y.b);
}
