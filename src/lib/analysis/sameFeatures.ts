// Features of two free sentences for the "same statement" model (sameModel.ts), the decision behind `pairs`
// answering 'same'. Newswire paraphrase is mostly told apart by how much of each sentence the other repeats, in
// words, in order and in figures: the content-word measures the aligner uses (pairFeatures, under the corpus IDF)
// are joined by surface ones over all words (stop words included: "did not" and "has" carry meaning here), shared
// word bigrams and trigrams, the longest common word sequence, character trigrams, and figures that only one side
// gives; meaning enters through GloVe coverage and the cosine of the two IDF-weighted mean word vectors. Every
// feature is symmetric, so the answer does not depend on which sentence comes first.
import { PAIR_FEATURE_NAMES } from './pairFeatures';
import { globalIdf } from './pairModel';
import type { SentenceProfile } from './profileSentence';
import { meanVectorCosine, softCoverage, wordSide } from './wordVectors';

export const SAME_FEATURE_NAMES = [
  'wordJaccard',
  'wordShareMin',
  'wordShareMax',
  'bigramShareMin',
  'bigramShareMax',
  'trigramShareMin',
  'trigramShareMax',
  'commonSequence',
  'characterTrigramDice',
  'unmatchedFiguresMin',
  'unmatchedFiguresMax',
  'figuresDiffer',
  'wordCountGap',
  'coverageMin',
  'coverageMax',
  'meaningCoverage',
  'coverageTimesMeaning',
  'sameHappening',
  ...PAIR_FEATURE_NAMES.map((name) => `corpus:${name}`),
  'discrepant',
  'meanVectorCosine'
] as const;

/** One sentence as the features read it. */
export interface SameSide {
  text: string;
  profile: SentenceProfile;
  /** Its words and numbers, lower-cased, in order. */
  words: readonly string[];
}

/** The distinct runs of n words. */
function wordGrams(words: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

function characterTrigrams(text: string): Set<string> {
  const s = text.toLowerCase().replace(/\s+/g, ' ');
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

/** How many items two sets share, and their sizes. */
function shared(a: Set<string>, b: Set<string>): { both: number; a: number; b: number } {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return { both, a: a.size, b: b.size };
}

/** The smaller and the larger share of each side's items that the other has. */
function shares({ both, a, b }: { both: number; a: number; b: number }): [number, number] {
  const [x, y] = [both / (a || 1), both / (b || 1)];
  return [Math.min(x, y), Math.max(x, y)];
}

/** The common word sequence is read over at most this many words of each side: its cost is the product of the two
 * lengths, and `pairs` may be given passages (a newswire sentence has fewer than 60 words). */
export const SEQUENCE_WORDS = 500;

/** Length of the longest common subsequence of two word lists (dynamic programming over two rows). */
function commonSequenceLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

function unmatched(a: readonly string[], b: readonly string[]): number {
  const other = new Set(b);
  return new Set(a.filter((n) => !other.has(n))).size;
}

/** What the caller has read of the pair already (pairEvidence, comparePair.ts). */
export interface PairReadings {
  /** The pair model's same-happening probability. */
  probability: number;
  /** pairFeatures of the two sentences under the corpus IDF. */
  corpus: readonly number[];
  /** contentCoverage of a by b, and of b by a. */
  coverage: readonly [number, number];
  /** Whether compareValues found a typed discrepancy between them. */
  discrepant: boolean;
}

/** The feature vector (SAME_FEATURE_NAMES order) of two sentences. */
export function sameFeatures(a: SameSide, b: SameSide, readings: PairReadings): number[] {
  const {
    probability,
    corpus,
    coverage: [coverA, coverB],
    discrepant
  } = readings;
  const words = shared(wordGrams(a.words, 1), wordGrams(b.words, 1));
  const characters = shared(characterTrigrams(a.text), characterTrigrams(b.text));
  const [onlyA, onlyB] = [
    unmatched(a.profile.numbers, b.profile.numbers),
    unmatched(b.profile.numbers, a.profile.numbers)
  ];
  const coverage = Math.min(coverA, coverB);
  const meaning = softCoverage(wordSide(a.profile.lemmas), wordSide(b.profile.lemmas), globalIdf);
  return [
    words.both / (words.a + words.b - words.both || 1),
    ...shares(words),
    ...shares(shared(wordGrams(a.words, 2), wordGrams(b.words, 2))),
    ...shares(shared(wordGrams(a.words, 3), wordGrams(b.words, 3))),
    commonSequenceLength(a.words.slice(0, SEQUENCE_WORDS), b.words.slice(0, SEQUENCE_WORDS)) /
      Math.max(Math.min(Math.max(a.words.length, b.words.length), SEQUENCE_WORDS), 1),
    (2 * characters.both) / (characters.a + characters.b || 1),
    Math.min(onlyA, onlyB),
    Math.max(onlyA, onlyB),
    onlyA + onlyB > 0 ? 1 : 0,
    Math.abs(a.words.length - b.words.length),
    coverage,
    Math.max(coverA, coverB),
    meaning,
    coverage * meaning,
    probability,
    ...corpus,
    discrepant ? 1 : 0,
    meanVectorCosine(a.profile.lemmas, b.profile.lemmas, globalIdf)
  ];
}
