// Features of a claim pair for the alignment model (alignModel.ts): do the two claims state a fact in common?
// Content overlap under the event's own IDF (pairFeatures), word meaning (softCoverage over GloVe vectors), and
// where the claims stand in their articles: news leads state the main happening, so two lead sentences share a
// fact far more often than two sentences deep in the story (on facts-dev, held out, the position features raised
// pairwise F1 from 0.58 to 0.62).
import { PAIR_FEATURE_NAMES } from './pairFeatures';
import type { SentenceProfile } from './profileSentence';

/** How many sentences from the top of an article count as its lead. */
const LEAD = 3;

export const ALIGN_FEATURE_NAMES = [
  ...PAIR_FEATURE_NAMES.map((name) => `event:${name}`),
  'bothInLeadOverlap',
  'eitherInLeadOverlap',
  'logFirstPositionOverlap',
  'logLastPositionOverlap',
  'logShorterLength',
  'logLongerLength',
  'softCoverage'
] as const;

/** What the alignment features read of one claim. */
export interface AlignSide {
  profile: SentenceProfile;
  /** Index of the claim's sentence in its article (0 = first). */
  sentence: number;
}

/**
 * The feature vector of a claim pair (ALIGN_FEATURE_NAMES order); symmetric in a and b. `content` is the pair's
 * pairFeatures and `soft` its softCoverage, both under the event's IDF (the caller computes them from cached
 * text-pair overlaps).
 */
export function alignFeatures(a: AlignSide, b: AlignSide, content: number[], soft: number): number[] {
  const [first, last] = a.sentence <= b.sentence ? [a.sentence, b.sentence] : [b.sentence, a.sentence];
  const [shorter, longer] =
    a.profile.tokenCount <= b.profile.tokenCount
      ? [a.profile.tokenCount, b.profile.tokenCount]
      : [b.profile.tokenCount, a.profile.tokenCount];
  // Position counts only as far as the two claims share content: a brief's every sentence is in its lead, and two
  // lead sentences that share nothing state different facts.
  const overlap = (content[1] + content[2] + soft) / 3;
  return [
    ...content,
    (last < LEAD ? 1 : 0) * overlap,
    (first < LEAD ? 1 : 0) * overlap,
    Math.log1p(first) * overlap,
    Math.log1p(last) * overlap,
    Math.log1p(shorter),
    Math.log1p(longer),
    soft
  ];
}
