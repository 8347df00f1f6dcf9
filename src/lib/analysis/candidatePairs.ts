// Which claim pairs the alignment model scores, and their features. BM25 over lemmas, names and numbers retrieves
// each claim's top-k candidates from other articles, so the cost stays near-linear in the number of claims. The
// engine and the trainer (scripts/lib/alignTraining.ts) both call this, so a model is trained on exactly the pairs
// and features it will see.
import { alignFeatures } from './alignFeatures';
import { Bm25Index } from './bm25';
import {
  overlapFeatures,
  pairOverlap,
  prepare,
  type IdfLookup,
  type PairOverlap,
  type PreparedMemo
} from './pairFeatures';
import type { SentenceProfile } from './profileSentence';
import type { Claim } from './types';
import { softCoverage, softCredits, type SoftCredits, type WordSide } from './wordVectors';

/** What two claim texts share, independent of the event's IDF (see PairOverlap and softCredits). */
export interface TextPairOverlap {
  overlap: PairOverlap;
  credits: SoftCredits;
}

/** One claim's text as the pair features read it. */
export interface TextSide {
  profile: SentenceProfile;
  words: WordSide;
}

/** The overlap of two texts, computed afresh. */
export function textPairOverlap(a: TextSide, b: TextSide): TextPairOverlap {
  return { overlap: pairOverlap(a.profile, b.profile), credits: softCredits(a.words, b.words) };
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
  /** A claim's text profile and words (callers cache them by text). */
  sideOf: (claim: Claim) => TextSide;
  /** A claim's retrieval terms (callers may cache them). */
  termsOf?: (claim: Claim, profile: SentenceProfile) => string[];
  /** The text-pair overlap of claims a and b (callers cache it by the two texts, in this order). */
  overlapOf?: (a: Claim, b: Claim, sa: TextSide, sb: TextSide) => TextPairOverlap;
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
    sideOf,
    termsOf = retrievalTerms,
    overlapOf = (_a, _b, sa, sb) => textPairOverlap(sa, sb)
  }: CandidateOptions
): CandidatePair[] {
  const index = new Bm25Index();
  const sides = claims.map(sideOf);
  const terms = claims.map((c, i) => termsOf(c, sides[i].profile));
  for (const t of terms) index.add(t);
  // IDF over this event's claims, scaled like a corpus IDF (a word in every claim weighs ~1): the words every
  // article of the event uses say little about which fact a claim states.
  const eventIdf: IdfLookup = (lemma) => 1 + index.idf(lemma);
  // Per-profile quantities under this call's IDF, which no other call shares.
  const memos = new WeakMap<IdfLookup, PreparedMemo>();
  const seen = new Set<number>();
  const pairs: CandidatePair[] = [];
  claims.forEach((claim, i) => {
    const hits = index.search(terms[i], topK, (d) => claims[d].articleId !== claim.articleId);
    for (const { doc: j } of hits) {
      const [a, b] = i < j ? [i, j] : [j, i];
      const key = a * claims.length + b;
      if (seen.has(key)) continue;
      seen.add(key);
      const [sa, sb] = [sides[a], sides[b]];
      const [pa, pb] = [sa.profile, sb.profile];
      const { overlap, credits } = overlapOf(claims[a], claims[b], sa, sb);
      const features = alignFeatures(
        { profile: pa, sentence: claims[a].sentence },
        { profile: pb, sentence: claims[b].sentence },
        overlapFeatures(pa, pb, overlap, eventIdf, memos),
        softCoverage(
          sa.words,
          sb.words,
          eventIdf,
          credits,
          prepare(pa, eventIdf, memos),
          prepare(pb, eventIdf, memos)
        )
      );
      pairs.push({ a, b, features });
    }
  });
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}
