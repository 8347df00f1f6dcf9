// Which claim pairs the alignment model scores, and their features. BM25 over lemmas, names and numbers retrieves
// each claim's top-k candidates from other articles, so the cost stays near-linear in the number of claims. The
// engine and the trainer (scripts/lib/alignTraining.ts) both call this, so a model is trained on exactly the pairs
// and features it will see.
import { alignFeatures } from './alignFeatures';
import { Bm25Index } from './bm25';
import { overlapFeatures, pairOverlap, type IdfLookup, type PairOverlap } from './pairFeatures';
import type { SentenceProfile } from './profileSentence';
import type { Claim } from './types';
import { softCoverage, softCredits } from './wordVectors';

/** What two claim texts share, independent of the event's IDF (see PairOverlap and softCredits). */
export interface TextPairOverlap {
  overlap: PairOverlap;
  credits: { a: Float64Array; b: Float64Array };
}

/** The overlap of two profiles, computed afresh. */
export function textPairOverlap(a: SentenceProfile, b: SentenceProfile): TextPairOverlap {
  return { overlap: pairOverlap(a, b), credits: softCredits(a.lemmas, b.lemmas) };
}

export interface CandidatePair {
  /** Indexes into the claims array, a < b. */
  a: number;
  b: number;
  features: number[];
}

export interface CandidateOptions {
  /** Candidates retrieved per claim. */
  topK?: number;
  /** A claim's text profile (callers cache them by text). */
  profileOf: (claim: Claim) => SentenceProfile;
  /** A claim's retrieval terms (callers may cache them). */
  termsOf?: (claim: Claim, profile: SentenceProfile) => string[];
  /** The text-pair overlap of claims a and b (callers cache it by the two texts, in this order). */
  overlapOf?: (a: Claim, b: Claim, pa: SentenceProfile, pb: SentenceProfile) => TextPairOverlap;
}

/** Retrieval terms of a claim: its lemmas, names (from the text and the extractor) and numbers. */
export function retrievalTerms(claim: Claim, p: SentenceProfile): string[] {
  const terms = [...p.lemmas];
  for (const e of p.entities) terms.push(`e:${e}`);
  for (const e of claim.entities) terms.push(`e:${e.norm}`);
  for (const n of p.numbers) terms.push(`n:${n}`);
  return terms;
}

/** The event's claim pairs worth scoring (different articles), each with its alignFeatures, in a fixed order. */
export function candidatePairs(
  claims: readonly Claim[],
  {
    topK = 100,
    profileOf,
    termsOf = retrievalTerms,
    overlapOf = (_a, _b, pa, pb) => textPairOverlap(pa, pb)
  }: CandidateOptions
): CandidatePair[] {
  const index = new Bm25Index();
  const profiles = claims.map(profileOf);
  const terms = claims.map((c, i) => termsOf(c, profiles[i]));
  for (const t of terms) index.add(t);
  // IDF over this event's claims, scaled like a corpus IDF (a word in every claim weighs ~1): the words every
  // article of the event uses say little about which fact a claim states.
  const eventIdf: IdfLookup = (lemma) => 1 + index.idf(lemma);
  const seen = new Set<number>();
  const pairs: CandidatePair[] = [];
  claims.forEach((claim, i) => {
    const hits = index.search(terms[i], topK, (d) => claims[d].articleId !== claim.articleId);
    for (const { doc: j } of hits) {
      const [a, b] = i < j ? [i, j] : [j, i];
      const key = a * claims.length + b;
      if (seen.has(key)) continue;
      seen.add(key);
      const [pa, pb] = [profiles[a], profiles[b]];
      const { overlap, credits } = overlapOf(claims[a], claims[b], pa, pb);
      const features = alignFeatures(
        { profile: pa, sentence: claims[a].sentence },
        { profile: pb, sentence: claims[b].sentence },
        overlapFeatures(pa, pb, overlap, eventIdf),
        softCoverage(pa.lemmas, pb.lemmas, eventIdf, credits)
      );
      pairs.push({ a, b, features });
    }
  });
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}
