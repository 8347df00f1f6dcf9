// How much of each sentence's content the other covers (words or WordNet synonyms, IDF-weighted, and figures):
// the closeness value comparisons ask for, and what a per-outlet verdict of "same" rests on (deriveVerdicts).
import type { IdfLookup } from './pairFeatures';
import { globalIdf } from './pairModel';
import type { SentenceProfile } from './profileSentence';

/** How much of a's content b covers (0..1): IDF-weighted lemmas, the same or WordNet synonyms, and figures; with
 * `apart`, those lemmas and every figure left out. */
export function contentCoverage(
  a: SentenceProfile,
  b: SentenceProfile,
  idf: IdfLookup = globalIdf,
  apart?: ReadonlySet<string>
): number {
  let total = 0;
  let hit = 0;
  a.lemmas.forEach((lemma, i) => {
    if (apart?.has(lemma)) return;
    const w = idf(lemma);
    total += w;
    if (b.lemmaSet.has(lemma)) hit += w;
    else if (a.synsets[i].some((x) => b.synsetSet.has(x))) hit += w;
  });
  // Numbers carry facts: an unmatched number counts like a rare word.
  const bNumbers = new Set(b.numbers);
  for (const n of apart ? [] : a.numbers) {
    total += 8;
    if (bNumbers.has(n)) hit += 8;
  }
  return total ? hit / total : 1;
}

/** Smaller of the two directional content coverages (0..1). */
export function mutualCoverage(
  a: SentenceProfile,
  b: SentenceProfile,
  idf: IdfLookup = globalIdf,
  apart?: ReadonlySet<string>
): number {
  return Math.min(contentCoverage(a, b, idf, apart), contentCoverage(b, a, idf, apart));
}

/**
 * How closely two claims agree apart from the values they may disagree on: mutualCoverage leaving out both sides'
 * names and figures. "The suspect was arrested in Newark on Friday" / "... in Boston on Friday" are near-paraphrases
 * whose one difference is the place; counted in, that rare word alone made them look unrelated.
 */
export function closenessApartFromValues(a: SentenceProfile, b: SentenceProfile): number {
  const names = new Set([...a.entities, ...b.entities].flatMap((e) => e.split(' ')));
  return mutualCoverage(a, b, globalIdf, names);
}
