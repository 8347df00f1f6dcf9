// Features of a sentence pair for the pair model: how much of the content the two sentences share, by words,
// synonyms, names, numbers and dates, and how far they are apart in length and polarity.
import type { SentenceProfile } from './profileSentence';

export const PAIR_FEATURE_NAMES = [
  'idfOverlapMin',
  'idfOverlapDice',
  'cosine',
  'synonymCoverage',
  'bigramDice',
  'maxSharedIdf',
  'entityJaccard',
  'entityConflict',
  'numberShared',
  'numberConflict',
  'dateShared',
  'lengthRatio',
  'negationMismatch',
  'logLength'
] as const;

export type IdfLookup = (lemma: string) => number;

function shareSynset(a: readonly number[], b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Per-sentence quantities every pair needs, computed once per profile (and IDF table). */
export interface Prepared {
  set: Set<string>;
  /** The distinct lemmas (the set's order) and each one's IDF. */
  distinct: string[];
  distinctWeights: Float64Array;
  /** IDF of each lemma occurrence (p.lemmas order): looked up once per sentence, not once per pair. */
  weights: Float64Array;
  mass: number;
  vector: Map<string, number>;
  norm: number;
  /** IDF summed over every lemma occurrence, in order (the denominator of synonym coverage). */
  occurrences: number;
  entities: Set<string>;
  numbers: Set<string>;
  dates: Set<string>;
}

/** Prepared quantities of profiles under one IDF table, kept by the caller (EngineContext.prepared). */
export type PreparedMemo = WeakMap<SentenceProfile, Prepared>;

/** A profile's Prepared quantities under `idf`, kept in `memos` when given. */
export function prepare(
  p: SentenceProfile,
  idf: IdfLookup,
  memos?: WeakMap<IdfLookup, PreparedMemo>
): Prepared {
  let byProfile = memos?.get(idf);
  if (memos && !byProfile) memos.set(idf, (byProfile = new WeakMap()));
  let prepared = byProfile?.get(p);
  if (prepared) return prepared;
  const set = p.lemmaSet;
  const distinct = [...set];
  const distinctWeights = Float64Array.from(distinct, (l) => idf(l));
  const weights = Float64Array.from(p.lemmas, (l) => idf(l));
  const vector = new Map<string, number>();
  p.lemmas.forEach((l, i) => vector.set(l, (vector.get(l) ?? 0) + weights[i]));
  let norm = 0;
  for (const w of vector.values()) norm += w * w;
  let occurrences = 0;
  for (const w of weights) occurrences += w;
  let mass = 0;
  for (const w of distinctWeights) mass += w;
  prepared = {
    set,
    distinct,
    distinctWeights,
    weights,
    mass,
    vector,
    norm: Math.sqrt(norm),
    occurrences,
    entities: new Set(p.entities),
    numbers: new Set(p.numbers),
    dates: new Set(p.dates)
  };
  byProfile?.set(p, prepared);
  return prepared;
}

function countShared<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/**
 * What two sentences share, independent of any IDF table: which lemma positions the other covers through a
 * WordNet synonym only, and the features that need no weights. It depends on the two texts only, so the aligner
 * caches it per text pair (one per candidate pair: 170,000 for 200 articles) and re-weights it cheaply under each
 * event's IDF. What the same lemmas share is read from the two profiles' sets when weighed, not kept here.
 */
export interface PairOverlap {
  /** Positions in a.lemmas that b covers by a shared WordNet synset but not by the same lemma, ascending; and in
   * b.lemmas by a. Most pairs have none (then both are NONE). */
  synonymA: readonly number[];
  synonymB: readonly number[];
  /** bigramDice, entityJaccard, entityConflict, numberShared, numberConflict, dateShared, lengthRatio,
   * negationMismatch, logLength (PAIR_FEATURE_NAMES order). */
  fixed: number[];
}

/** One empty list for every pair that has nothing to keep (most of them). */
const NONE: readonly number[] = Object.freeze([]);

function synonymPositions(a: SentenceProfile, bSet: Set<string>, b: SentenceProfile): readonly number[] {
  let out: number[] | undefined;
  for (let i = 0; i < a.lemmas.length; i++) {
    if (bSet.has(a.lemmas[i])) continue;
    const syn = a.synsets[i];
    if (syn.length && shareSynset(syn, b.synsetSet)) (out ??= []).push(i);
  }
  return out ?? NONE;
}

/** Distinct items of a, of b, and of both. Names, numbers and dates are a handful per sentence: a nested loop
 * costs less than building sets for each of the many pairs. */
function distinctCounts(
  a: readonly string[],
  b: readonly string[]
): { a: number; b: number; shared: number } {
  let [sizeA, sizeB, shared] = [0, 0, 0];
  for (let i = 0; i < a.length; i++) {
    if (a.indexOf(a[i]) !== i) continue;
    sizeA++;
    if (b.includes(a[i])) shared++;
  }
  for (let j = 0; j < b.length; j++) if (b.indexOf(b[j]) === j) sizeB++;
  return { a: sizeA, b: sizeB, shared };
}

export function pairOverlap(a: SentenceProfile, b: SentenceProfile): PairOverlap {
  const [aSet, bSet] = [a.lemmaSet, b.lemmaSet];
  const [aBigrams, bBigrams] = [a.bigramSet, b.bigramSet];
  const entities = distinctCounts(a.entities, b.entities);
  const numbers = distinctCounts(a.numbers, b.numbers);
  const bgShared = countShared(aBigrams, bBigrams);
  const entShared = entities.shared;
  const entUnion = entities.a + entities.b - entShared;
  const numShared = numbers.shared;
  const dateShared = distinctCounts(a.dates, b.dates).shared;
  return {
    synonymA: synonymPositions(a, bSet, b),
    synonymB: synonymPositions(b, aSet, a),
    fixed: [
      aBigrams.size + bBigrams.size ? (2 * bgShared) / (aBigrams.size + bBigrams.size) : 0,
      entUnion ? entShared / entUnion : 0,
      entities.a && entities.b && !entShared ? 1 : 0,
      Math.min(numShared, 3) / 3,
      numbers.a && numbers.b && !numShared ? 1 : 0,
      Math.min(dateShared, 2) / 2,
      Math.min(a.tokenCount, b.tokenCount) / Math.max(1, a.tokenCount, b.tokenCount),
      a.negated !== b.negated ? 1 : 0,
      Math.log1p(Math.min(a.tokenCount, b.tokenCount)) / 4
    ]
  };
}

/** Share of a's IDF mass (over lemma occurrences) that b covers: the same lemma, or a synonym at `synonyms`
 * (ascending). Summed in position order, as one list of covered positions would be. */
function coverage(
  lemmas: readonly string[],
  weights: Float64Array,
  other: Set<string>,
  synonyms: readonly number[],
  total: number
): number {
  let sum = 0;
  let next = 0;
  for (let i = 0; i < lemmas.length; i++) {
    const bySynonym = next < synonyms.length && synonyms[next] === i;
    if (bySynonym) next++;
    if (bySynonym || other.has(lemmas[i])) sum += weights[i];
  }
  return total ? sum / total : 0;
}

/** pairFeatures from a precomputed (cached) overlap: the same numbers, to the bit. */
export function overlapFeatures(
  a: SentenceProfile,
  b: SentenceProfile,
  overlap: PairOverlap,
  idf: IdfLookup,
  memos?: WeakMap<IdfLookup, PreparedMemo>
): number[] {
  const pa = prepare(a, idf, memos);
  const pb = prepare(b, idf, memos);
  let sharedMass = 0;
  let maxShared = 0;
  let dot = 0;
  // The distinct lemmas of a that b has too, in a's first-occurrence order.
  for (let k = 0; k < pa.distinct.length; k++) {
    const l = pa.distinct[k];
    if (!pb.set.has(l)) continue;
    const w = pa.distinctWeights[k];
    sharedMass += w;
    if (w > maxShared) maxShared = w;
    dot += pa.vector.get(l)! * pb.vector.get(l)!;
  }
  const minMass = Math.min(pa.mass, pb.mass);
  const synonyms =
    (coverage(a.lemmas, pa.weights, pb.set, overlap.synonymA, pa.occurrences) +
      coverage(b.lemmas, pb.weights, pa.set, overlap.synonymB, pb.occurrences)) /
    2;
  const [bigramDice, ...rest] = overlap.fixed;
  return [
    minMass ? sharedMass / minMass : 0,
    pa.mass + pb.mass ? (2 * sharedMass) / (pa.mass + pb.mass) : 0,
    pa.norm && pb.norm ? dot / (pa.norm * pb.norm) : 0,
    synonyms,
    bigramDice,
    maxShared / 10,
    ...rest
  ];
}

/** Features of a sentence pair under an IDF table (PAIR_FEATURE_NAMES order). */
export function pairFeatures(
  a: SentenceProfile,
  b: SentenceProfile,
  idf: IdfLookup,
  memos?: WeakMap<IdfLookup, PreparedMemo>
): number[] {
  return overlapFeatures(a, b, pairOverlap(a, b), idf, memos);
}
