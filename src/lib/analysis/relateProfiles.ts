// 'same' vs 'related' vs 'unrelated' for two sentences, from the pair-model probability and how much of each
// sentence's content the other covers (words or WordNet synonyms, IDF-weighted). 'same' needs both directions
// covered: if one sentence adds a detail (a name, a number, a clause) the pair is 'related' (partial).
import type { IdfLookup } from './pairFeatures';
import { globalIdf, threshold } from './pairModel';
import type { SentenceProfile } from './profileSentence';
import type { PairRelation } from './types';

/** How much of a's content b covers (0..1): IDF-weighted lemmas, the same or WordNet synonyms, and figures. */
export function contentCoverage(a: SentenceProfile, b: SentenceProfile, idf: IdfLookup = globalIdf): number {
  const bLemmas = new Set(b.lemmas);
  let total = 0;
  let hit = 0;
  a.lemmas.forEach((lemma, i) => {
    const w = idf(lemma);
    total += w;
    if (bLemmas.has(lemma)) hit += w;
    else if (a.synsets[i].some((x) => b.synsetSet.has(x))) hit += w;
  });
  // Numbers carry facts: an unmatched number counts like a rare word.
  const bNumbers = new Set(b.numbers);
  for (const n of a.numbers) {
    total += 8;
    if (bNumbers.has(n)) hit += 8;
  }
  return total ? hit / total : 1;
}

/** Smaller of the two directional content coverages (0..1). */
export function mutualCoverage(a: SentenceProfile, b: SentenceProfile, idf: IdfLookup = globalIdf): number {
  return Math.min(contentCoverage(a, b, idf), contentCoverage(b, a, idf));
}

export function relateProfiles(
  a: SentenceProfile,
  b: SentenceProfile,
  probability: number,
  hasDiscrepancy: boolean,
  idf: IdfLookup = globalIdf
): PairRelation {
  if (probability < threshold('related') && mutualCoverage(a, b, idf) < 0.5) return 'unrelated';
  if (hasDiscrepancy) return 'related';
  return mutualCoverage(a, b, idf) >= threshold('sameCoverage') ? 'same' : 'related';
}
