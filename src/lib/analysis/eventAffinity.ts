// claimAffinity for many pairs of one event, fast and to the bit the same. The event IDF changes whenever an
// article is added, so every affinity must be recomputed; but which lemmas two sentences share, and which
// lemmas of one the other covers by a WordNet synonym, depends on their texts only. That part is remembered
// per ordered profile pair; what is left per event is adding up IDF weights in the same order contentOverlap
// (pairFeatures.ts) adds them. tests/unit/analysis/align.test.ts checks equality with claimAffinity.
import type { IdfLookup } from './pairFeatures';
import type { SentenceProfile } from './profileSentence';

/** Which lemmas of a (and b) count as shared or covered: positions, in the order contentOverlap visits them. */
interface PairOverlap {
  /** Positions in a's distinct lemmas (first-occurrence order) that b has too. */
  shared: Uint32Array;
  /** Positions in a.lemmas covered by b (the same lemma, or a shared synset). */
  coveredInA: Uint32Array;
  coveredInB: Uint32Array;
}

interface ProfileWeights {
  /** IDF of each distinct lemma (first-occurrence order), and their sum. */
  distinct: Float64Array;
  mass: number;
  /** IDF of each lemma occurrence, and their sum. */
  occurrences: Float64Array;
  total: number;
}

const distinctLemmas = new WeakMap<SentenceProfile, { list: string[]; set: Set<string> }>();
const overlaps = new WeakMap<SentenceProfile, Map<SentenceProfile, PairOverlap>>();

function distinct(p: SentenceProfile): { list: string[]; set: Set<string> } {
  let d = distinctLemmas.get(p);
  if (!d) {
    const set = new Set(p.lemmas);
    distinctLemmas.set(p, (d = { list: [...set], set }));
  }
  return d;
}

function shareSynset(a: readonly number[], b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function coveredPositions(a: SentenceProfile, bSet: Set<string>, b: SentenceProfile): Uint32Array {
  const out: number[] = [];
  a.lemmas.forEach((lemma, i) => {
    if (bSet.has(lemma) || (a.synsets[i].length && shareSynset(a.synsets[i], b.synsetSet))) out.push(i);
  });
  return Uint32Array.from(out);
}

function overlapOf(a: SentenceProfile, b: SentenceProfile): PairOverlap {
  let byB = overlaps.get(a);
  if (!byB) overlaps.set(a, (byB = new Map()));
  let found = byB.get(b);
  if (!found) {
    const [da, db] = [distinct(a), distinct(b)];
    const shared: number[] = [];
    da.list.forEach((lemma, u) => {
      if (db.set.has(lemma)) shared.push(u);
    });
    found = {
      shared: Uint32Array.from(shared),
      coveredInA: coveredPositions(a, db.set, b),
      coveredInB: coveredPositions(b, da.set, a)
    };
    byB.set(b, found);
  }
  return found;
}

function sumAt(weights: Float64Array, positions: Uint32Array): number {
  let s = 0;
  for (let k = 0; k < positions.length; k++) s += weights[positions[k]];
  return s;
}

/** Grouping affinities of claim pairs under one event's IDF (see claimAffinity in alignClaims.ts). */
export class EventAffinity {
  private readonly weights = new Map<SentenceProfile, ProfileWeights>();

  constructor(private readonly idf: IdfLookup) {}

  private weightsOf(p: SentenceProfile): ProfileWeights {
    let w = this.weights.get(p);
    if (!w) {
      const list = distinct(p).list;
      const distinctWeights = new Float64Array(list.length);
      let mass = 0;
      list.forEach((lemma, u) => (mass += distinctWeights[u] = this.idf(lemma)));
      const occurrences = new Float64Array(p.lemmas.length);
      let total = 0;
      p.lemmas.forEach((lemma, i) => (total += occurrences[i] = this.idf(lemma)));
      this.weights.set(p, (w = { distinct: distinctWeights, mass, occurrences, total }));
    }
    return w;
  }

  /** Math.pow(probability, 1/4) x ((lemma Dice + synonym coverage) / 2)^(3/4), as claimAffinity. */
  affinity(probability: number, a: SentenceProfile, b: SentenceProfile): number {
    const overlap = overlapOf(a, b);
    const [wa, wb] = [this.weightsOf(a), this.weightsOf(b)];
    const sharedMass = sumAt(wa.distinct, overlap.shared);
    const dice = wa.mass + wb.mass ? (2 * sharedMass) / (wa.mass + wb.mass) : 0;
    const coverA = wa.total ? sumAt(wa.occurrences, overlap.coveredInA) / wa.total : 0;
    const coverB = wb.total ? sumAt(wb.occurrences, overlap.coveredInB) / wb.total : 0;
    const synonyms = (coverA + coverB) / 2;
    return Math.pow(probability, 0.25) * Math.pow((dice + synonyms) / 2, 0.75);
  }
}
