// Alignment: which claims of different articles state a fact in common. candidatePairs retrieves each claim's
// top-k candidates (BM25) and computes their features; the trained alignment model (alignModel.ts) turns the
// features into a probability, which is the edge score grouping uses.
import { ALIGN_MODEL, alignProbability, checkAlignModel, type AlignModel } from './alignModel';
import { candidatePairs, retrievalTerms, type TextPairOverlap, type TextSide } from './candidatePairs';
import { pairOverlap } from './pairFeatures';
import { profileSentence, type SentenceProfile } from './profileSentence';
import { createEngineContext, type EngineContext } from './engineContext';
import { countedOutcomes, reportOtherOutcomes } from './reportOtherOutcomes';
import type { Claim } from './types';
import { softCredits, wordSide } from './wordVectors';

export interface ClaimEdge {
  /** Indexes into the claims array passed to alignClaims, a < b. */
  a: number;
  b: number;
  /** Score used for grouping: the alignment model's probability. */
  score: number;
  /** Alignment-model probability that the two claims state a fact in common. */
  probability: number;
}

// Profiles, retrieval terms and what two texts share depend on texts only, so they are kept
// in the caller's EngineContext: re-analyzing an event after adding one article compares only the new article's
// claims afresh; the rest is re-weighted under the event's new IDF. All caches are bounded.
const CACHE_LIMIT = 400_000;

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function textId(context: EngineContext, text: string): number {
  const { textIds, overlaps } = context;
  let id = textIds.get(text);
  if (id === undefined) {
    // Keys of `overlaps` are made of text ids: forget both together.
    if (textIds.size >= CACHE_LIMIT) [textIds, overlaps].forEach((m) => m.clear());
    textIds.set(text, (id = textIds.size));
  }
  return id;
}

/** What two claim texts share (ordered: a's text first), cached. */
function cachedOverlap(
  context: EngineContext,
  a: Claim,
  b: Claim,
  sa: TextSide,
  sb: TextSide
): TextPairOverlap {
  const key = textId(context, a.text) * 2 ** 26 + textId(context, b.text);
  return (
    context.overlaps.get(key) ??
    remember(context.overlaps, key, {
      overlap: pairOverlap(sa.profile, sb.profile),
      credits: softCredits(sa.words, sb.words)
    })
  );
}

/** A claim's profile and words (cached by text). */
function claimSide(context: EngineContext, claim: Claim): TextSide {
  const cached = context.sides.get(claim.text);
  if (cached) return cached;
  const profile = claimProfile(claim, context);
  return remember(context.sides, claim.text, { profile, words: wordSide(profile.lemmas) });
}

/** Text profile of a claim (cached by text in the context, when there is one). */
export function claimProfile(claim: Claim, context?: EngineContext): SentenceProfile {
  if (!context) return profileSentence(claim.text);
  return (
    context.profiles.get(claim.text) ?? remember(context.profiles, claim.text, profileSentence(claim.text))
  );
}

function cachedTerms(context: EngineContext, claim: Claim, p: SentenceProfile): string[] {
  const key = claim.text + '\u0001' + claim.entities.map((e) => e.norm).join('\u0001');
  return context.termsByText.get(key) ?? remember(context.termsByText, key, retrievalTerms(claim, p));
}

export interface AlignOptions {
  /** Candidates retrieved per claim. */
  topK?: number;
  /** Edges below this probability are dropped. */
  minScore?: number;
  /** The alignment model (the trained one by default; evaluation passes one that never saw the event). */
  model?: AlignModel;
  /** Where profiles and pair overlaps are remembered between runs (a fresh one by default). */
  context?: EngineContext;
}

/** Scored alignment edges between claims of different articles, in a fixed order. */
export function alignClaims(
  claims: Claim[],
  { topK = 100, minScore = 0.05, model = ALIGN_MODEL, context = createEngineContext() }: AlignOptions = {}
): ClaimEdge[] {
  checkAlignModel(model);
  const edges: ClaimEdge[] = [];
  // Claims counting different outcomes state different facts (reportOtherOutcomes): no edge between them.
  const outcomes: (Set<string> | undefined)[] = [];
  const outcomesOf = (i: number) => (outcomes[i] ??= countedOutcomes(claims[i], context.texts));
  for (const { a, b, features } of candidatePairs(claims, {
    topK,
    sideOf: (claim) => claimSide(context, claim),
    termsOf: (claim, p) => cachedTerms(context, claim, p),
    overlapOf: (a, b, sa, sb) => cachedOverlap(context, a, b, sa, sb)
  })) {
    // Four decimals: near-certain pairs tie (the model is not monotone to the last bit at saturation, and the
    // central claim of a fact must not be chosen by that noise).
    const probability = Math.round(alignProbability(features, model) * 1e4) / 1e4;
    if (probability < minScore || reportOtherOutcomes(outcomesOf(a), outcomesOf(b))) continue;
    edges.push({ a, b, score: probability, probability });
  }
  return edges;
}
