// How much of each sentence's content the other covers (words or WordNet synonyms, IDF-weighted, and figures):
// the closeness value comparisons ask for, and what a per-outlet verdict of "same" rests on (deriveVerdicts).
import type { IdfLookup } from './pairFeatures';
import { globalIdf } from './pairModel';
import type { SentenceProfile } from './profileSentence';

/** How much of a's content b covers (0..1): IDF-weighted lemmas, the same or WordNet synonyms, and figures. */
export function contentCoverage(a: SentenceProfile, b: SentenceProfile, idf: IdfLookup = globalIdf): number {
  let total = 0;
  let hit = 0;
  a.lemmas.forEach((lemma, i) => {
    const w = idf(lemma);
    total += w;
    if (b.lemmaSet.has(lemma)) hit += w;
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
