// Alignment: which claims of different articles state a fact in common. candidatePairs retrieves each claim's
// top-k candidates (BM25) and computes their features; the trained alignment model (alignModel.ts) turns the
// features into a probability, which is the edge score grouping uses.
import { ALIGN_MODEL, alignProbability, checkAlignModel, type AlignModel } from './alignModel';
import { candidatePairs, retrievalTerms, type TextPairOverlap, type TextSide } from './candidatePairs';
import { pairOverlap } from './pairFeatures';
import { profileSentence, type SentenceProfile } from './profileSentence';
import type { Claim } from './types';
import { softCredits, wordCosine, wordSide } from './wordVectors';

export interface ClaimEdge {
  /** Indexes into the claims array passed to alignClaims, a < b. */
  a: number;
  b: number;
  /** Score used for grouping: the alignment model's probability. */
  score: number;
  /** Alignment-model probability that the two claims state a fact in common. */
  probability: number;
}

// Profiles, retrieval terms, word similarities and what two texts share depend on texts only, so they are cached:
// re-analysing an event after adding one article compares only the new article's claims afresh; the rest is
// re-weighted under the event's new IDF. All caches are bounded.
const CACHE_LIMIT = 400_000;
const profiles = new Map<string, SentenceProfile>();
const sides = new Map<string, TextSide>();
const termsByText = new Map<string, string[]>();
const similarities = new Map<number, number>();
const overlaps = new Map<number, TextPairOverlap>();
/** Claim texts interned to small integers, so a pair key is one number instead of two long strings. */
const textIds = new Map<string, number>();

/** Empties the in-process caches (as after a server restart); for benchmarks and tests. */
export function clearAlignmentCaches(): void {
  profiles.clear();
  sides.clear();
  termsByText.clear();
  similarities.clear();
  overlaps.clear();
  textIds.clear();
}

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function textId(text: string): number {
  let id = textIds.get(text);
  if (id === undefined) {
    // Keys of `overlaps` are made of text ids: forget both together.
    if (textIds.size >= CACHE_LIMIT) [textIds, overlaps].forEach((m) => m.clear());
    textIds.set(text, (id = textIds.size));
  }
  return id;
}

/** What two claim texts share (ordered: a's text first), cached. */
function cachedOverlap(a: Claim, b: Claim, sa: TextSide, sb: TextSide): TextPairOverlap {
  const key = textId(a.text) * 2 ** 26 + textId(b.text);
  return (
    overlaps.get(key) ??
    remember(overlaps, key, {
      overlap: pairOverlap(sa.profile, sb.profile),
      credits: softCredits(sa.words, sb.words, similarity)
    })
  );
}

/** A claim's profile and words (cached by text). */
function claimSide(claim: Claim): TextSide {
  const cached = sides.get(claim.text);
  if (cached) return cached;
  const profile = claimProfile(claim);
  return remember(sides, claim.text, { profile, words: wordSide(profile.lemmas) });
}

/** Text profile of a claim (cached by text). */
export function claimProfile(claim: Claim): SentenceProfile {
  return profiles.get(claim.text) ?? remember(profiles, claim.text, profileSentence(claim.text));
}

function cachedTerms(claim: Claim, p: SentenceProfile): string[] {
  const key = claim.text + '\u0001' + claim.entities.map((e) => e.norm).join('\u0001');
  return termsByText.get(key) ?? remember(termsByText, key, retrievalTerms(claim, p));
}

/** Word-vector cosine, memoised by the (ordered) pair of word ids. */
function similarity(x: number, y: number): number {
  const key = x < y ? x * 65536 + y : y * 65536 + x;
  return similarities.get(key) ?? remember(similarities, key, wordCosine(x, y));
}

export interface AlignOptions {
  /** Candidates retrieved per claim. */
  topK?: number;
  /** Edges below this probability are dropped. */
  minScore?: number;
  /** The alignment model (the trained one by default; evaluation passes one that never saw the event). */
  model?: AlignModel;
}

/** Scored alignment edges between claims of different articles, in a fixed order. */
export function alignClaims(
  claims: Claim[],
  { topK = 100, minScore = 0.05, model = ALIGN_MODEL }: AlignOptions = {}
): ClaimEdge[] {
  checkAlignModel(model);
  const edges: ClaimEdge[] = [];
  for (const { a, b, features } of candidatePairs(claims, {
    topK,
    sideOf: claimSide,
    termsOf: cachedTerms,
    overlapOf: cachedOverlap
  })) {
    // Four decimals: near-certain pairs tie (the model is not monotone to the last bit at saturation, and the
    // central claim of a group must not be chosen by that noise).
    const probability = Math.round(alignProbability(features, model) * 1e4) / 1e4;
    if (probability >= minScore) edges.push({ a, b, score: probability, probability });
  }
  return edges;
}
