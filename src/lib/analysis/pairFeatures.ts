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

function idfMass(lemmas: Iterable<string>, idf: IdfLookup): number {
  let s = 0;
  for (const l of lemmas) s += idf(l);
  return s;
}

function shareSynset(a: readonly number[], b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Share of a's IDF mass (of lemmas not literally in b) covered by a WordNet synonym in b. */
function synonymCover(a: SentenceProfile, b: SentenceProfile, bSet: Set<string>, idf: IdfLookup): number {
  let covered = 0;
  let total = 0;
  a.lemmas.forEach((lemma, i) => {
    const w = idf(lemma);
    total += w;
    if (bSet.has(lemma)) return void (covered += w);
    const syn = a.synsets[i];
    if (syn.length && shareSynset(syn, b.synsetSet)) covered += w;
  });
  return total ? covered / total : 0;
}

function bigrams(lemmas: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < lemmas.length; i++) out.add(lemmas[i - 1] + ' ' + lemmas[i]);
  return out;
}

/** Per-sentence quantities every pair needs, computed once per profile (and IDF table). */
interface Prepared {
  set: Set<string>;
  mass: number;
  bigrams: Set<string>;
  vector: Map<string, number>;
  norm: number;
  entities: Set<string>;
  numbers: Set<string>;
  dates: Set<string>;
}

const preparedCache = new WeakMap<IdfLookup, WeakMap<SentenceProfile, Prepared>>();

function prepare(p: SentenceProfile, idf: IdfLookup): Prepared {
  let byProfile = preparedCache.get(idf);
  if (!byProfile) preparedCache.set(idf, (byProfile = new WeakMap()));
  let prepared = byProfile.get(p);
  if (prepared) return prepared;
  const set = new Set(p.lemmas);
  const vector = new Map<string, number>();
  for (const l of p.lemmas) vector.set(l, (vector.get(l) ?? 0) + idf(l));
  let norm = 0;
  for (const w of vector.values()) norm += w * w;
  prepared = {
    set,
    mass: idfMass(set, idf),
    bigrams: bigrams(p.lemmas),
    vector,
    norm: Math.sqrt(norm),
    entities: new Set(p.entities),
    numbers: new Set(p.numbers),
    dates: new Set(p.dates)
  };
  byProfile.set(p, prepared);
  return prepared;
}

function countShared<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

export function pairFeatures(a: SentenceProfile, b: SentenceProfile, idf: IdfLookup): number[] {
  const pa = prepare(a, idf);
  const pb = prepare(b, idf);
  let sharedMass = 0;
  let maxShared = 0;
  let dot = 0;
  for (const l of pa.set) {
    if (!pb.set.has(l)) continue;
    const w = idf(l);
    sharedMass += w;
    if (w > maxShared) maxShared = w;
    dot += pa.vector.get(l)! * pb.vector.get(l)!;
  }
  const bgShared = countShared(pa.bigrams, pb.bigrams);
  const entShared = countShared(pa.entities, pb.entities);
  const entUnion = pa.entities.size + pb.entities.size - entShared;
  const numShared = countShared(pa.numbers, pb.numbers);
  const dateShared = countShared(pa.dates, pb.dates);
  const minMass = Math.min(pa.mass, pb.mass);
  return [
    minMass ? sharedMass / minMass : 0,
    pa.mass + pb.mass ? (2 * sharedMass) / (pa.mass + pb.mass) : 0,
    pa.norm && pb.norm ? dot / (pa.norm * pb.norm) : 0,
    (synonymCover(a, b, pb.set, idf) + synonymCover(b, a, pa.set, idf)) / 2,
    pa.bigrams.size + pb.bigrams.size ? (2 * bgShared) / (pa.bigrams.size + pb.bigrams.size) : 0,
    maxShared / 10,
    entUnion ? entShared / entUnion : 0,
    pa.entities.size && pb.entities.size && !entShared ? 1 : 0,
    Math.min(numShared, 3) / 3,
    pa.numbers.size && pb.numbers.size && !numShared ? 1 : 0,
    Math.min(dateShared, 2) / 2,
    Math.min(a.tokenCount, b.tokenCount) / Math.max(1, a.tokenCount, b.tokenCount),
    a.negated !== b.negated ? 1 : 0,
    Math.log1p(Math.min(a.tokenCount, b.tokenCount)) / 4
  ];
}

/** IDF-weighted lemma Dice and WordNet synonym coverage of two sentences (0..1 each). */
export function contentOverlap(a: SentenceProfile, b: SentenceProfile, idf: IdfLookup): [number, number] {
  const pa = prepare(a, idf);
  const pb = prepare(b, idf);
  let sharedMass = 0;
  for (const l of pa.set) if (pb.set.has(l)) sharedMass += idf(l);
  const dice = pa.mass + pb.mass ? (2 * sharedMass) / (pa.mass + pb.mass) : 0;
  return [dice, (synonymCover(a, b, pb.set, idf) + synonymCover(b, a, pa.set, idf)) / 2];
}
