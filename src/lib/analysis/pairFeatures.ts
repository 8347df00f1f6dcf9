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

function shareSynset(a: readonly number[], b: readonly number[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
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
    if (syn.length && b.synsets.some((s) => shareSynset(syn, s))) covered += w;
  });
  return total ? covered / total : 0;
}

function bigrams(lemmas: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < lemmas.length; i++) out.add(lemmas[i - 1] + ' ' + lemmas[i]);
  return out;
}

function cosine(a: string[], b: string[], idf: IdfLookup): number {
  const va = new Map<string, number>();
  const vb = new Map<string, number>();
  for (const l of a) va.set(l, (va.get(l) ?? 0) + idf(l));
  for (const l of b) vb.set(l, (vb.get(l) ?? 0) + idf(l));
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [l, w] of va) {
    na += w * w;
    dot += w * (vb.get(l) ?? 0);
  }
  for (const w of vb.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function pairFeatures(a: SentenceProfile, b: SentenceProfile, idf: IdfLookup): number[] {
  const setA = new Set(a.lemmas);
  const setB = new Set(b.lemmas);
  const shared = [...setA].filter((l) => setB.has(l));
  const sharedMass = idfMass(shared, idf);
  const massA = idfMass(setA, idf);
  const massB = idfMass(setB, idf);
  const bgA = bigrams(a.lemmas);
  const bgB = bigrams(b.lemmas);
  let bgShared = 0;
  for (const g of bgA) if (bgB.has(g)) bgShared++;
  const entA = new Set(a.entities);
  const entShared = b.entities.filter((e) => entA.has(e)).length;
  const entUnion = entA.size + b.entities.length - entShared;
  const numA = new Set(a.numbers);
  const numShared = b.numbers.filter((n) => numA.has(n)).length;
  const dateA = new Set(a.dates);
  const dateShared = b.dates.filter((d) => dateA.has(d)).length;
  const maxShared = shared.reduce((m, l) => Math.max(m, idf(l)), 0);
  return [
    Math.min(massA, massB) ? sharedMass / Math.min(massA, massB) : 0,
    massA + massB ? (2 * sharedMass) / (massA + massB) : 0,
    cosine(a.lemmas, b.lemmas, idf),
    (synonymCover(a, b, setB, idf) + synonymCover(b, a, setA, idf)) / 2,
    bgA.size + bgB.size ? (2 * bgShared) / (bgA.size + bgB.size) : 0,
    maxShared / 10,
    entUnion ? entShared / entUnion : 0,
    entA.size && b.entities.length && !entShared ? 1 : 0,
    Math.min(numShared, 3) / 3,
    numA.size && b.numbers.length && !numShared ? 1 : 0,
    Math.min(dateShared, 2) / 2,
    Math.min(a.tokenCount, b.tokenCount) / Math.max(1, a.tokenCount, b.tokenCount),
    a.negated !== b.negated ? 1 : 0,
    Math.log1p(Math.min(a.tokenCount, b.tokenCount)) / 4
  ];
}
