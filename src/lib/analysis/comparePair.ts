// Two free sentences compared: 'same' (a reader would say both say the same thing), 'related' (the same
// happening, but one adds, lacks or changes information) or 'unrelated', with typed discrepancies.
import { compareValues, type ValueDiscrepancy } from './compareValues';
import { dayless } from './datesConflict';
import { extractClaims } from './extractClaims';
import { analyzeText, type TextMemo } from './features/analyzeText';
import { PAIR_FEATURE_NAMES, pairFeatures } from './pairFeatures';
import { MONTH_WORD } from './lexicon/calendar';
import { featuresProbability, globalIdf } from './pairModel';
import { profileSentence } from './profileSentence';
import { contentCoverage } from './contentCoverage';
import { sameFeatures } from './sameFeatures';
import { checkSameModel, SAME_MODEL } from './sameModel';
import { standardizedProbability, type StandardizedWeights } from './standardizedProbability';
import type { Claim, DateValue, DiscrepancyType, PairRelation } from './types';

const REFERENCE_DATE = '2000-06-30';

/** A time of day as written ("8am", "6 p.m.", "10:37"): its digits name no day. */
const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?|\b\d{1,2}[:.]\d{2}\b/gi;

/**
 * Two free sentences have no publication dates, and may come from reports of different days: "yesterday",
 * "Friday" or "next Sunday" in one and "on Friday" in the other say nothing about whether they disagree, and
 * neither do "8am today" and "6 p.m. Sunday". Only dates that name their month or day number ("July 3", "March
 * 2019") are compared, and times of day that name no day ("at 2:09 a.m.", compared only with other times).
 */
function comparableWithoutPublication(d: DateValue): boolean {
  return !d.relative || dayless(d) || /\d/.test(d.text.replace(CLOCK_TIME, '')) || MONTH_WORD.test(d.text);
}

/** The sentence as one claim: the extractor's features of all its units merged. */
function asClaim(text: string, id: string, memo: TextMemo): Claim {
  // A fixed reference date lets relative dates ("Thursday, March 14") resolve the same way in both sentences.
  const units = extractClaims({ id, outlet: id, text, published: REFERENCE_DATE }, memo);
  const claims = units.filter((c) => c.kind === 'claim');
  const base = claims[0] ?? units[0];
  const merged: Claim = {
    ...(base ?? {
      id,
      articleId: id,
      outlet: id,
      kind: 'claim',
      sentence: 0,
      paragraph: 0,
      attribution: null,
      certainty: 'asserted'
    }),
    text,
    start: 0,
    end: text.length,
    entities: claims.flatMap((c) => c.entities),
    numbers: claims.flatMap((c) => c.numbers),
    dates: claims.flatMap((c) => c.dates).filter(comparableWithoutPublication),
    hedges: claims.flatMap((c) => c.hedges),
    quotes: claims.flatMap((c) => c.quotes),
    loaded: claims.flatMap((c) => c.loaded),
    lemmas: claims.flatMap((c) => c.lemmas),
    negated: claims.some((c) => c.negated)
  } as Claim;
  return merged;
}

/**
 * The unrelated bound. The pair model's probability says "same happening" and is high for any two sentences about
 * one event; sharing specific content (IDF-weighted lemma Dice and WordNet synonym cover) says "same fact".
 * Unrelated: little shared content and a probability short of near-certain (both bounds chosen leave-one-event-out
 * on sentence pairs of the facts-dev events, `npm run tune:pairs`). Whether a related pair is the same statement
 * is the same-statement model's answer (sameModel.ts).
 */
export const PAIR_RULE = { relatedOverlap: 0.15, relatedProbability: 0.7 };

export interface PairSignals {
  /** Pair-model probability of the same happening. */
  probability: number;
  /** Mean of IDF-weighted lemma Dice and synonym cover (0..1). */
  overlap: number;
}

const DICE = PAIR_FEATURE_NAMES.indexOf('idfOverlapDice');
const SYNONYMS = PAIR_FEATURE_NAMES.indexOf('synonymCoverage');

/** The signals of a pair from its pairFeatures under the corpus IDF. */
export function pairSignals(corpus: number[]): PairSignals {
  return { probability: featuresProbability(corpus), overlap: (corpus[DICE] + corpus[SYNONYMS]) / 2 };
}

export function isUnrelated(signals: PairSignals, rule = PAIR_RULE): boolean {
  return signals.overlap < rule.relatedOverlap && signals.probability < rule.relatedProbability;
}

/** What comparePair decides from: the signals, the typed discrepancies and the same-statement features. */
export interface PairEvidence {
  signals: PairSignals;
  unrelated: boolean;
  discrepancies: ValueDiscrepancy[];
  /** sameFeatures of the two sentences. */
  features: number[];
}

/** A text's words and numbers, lower-cased, in order. */
function wordsOf(text: string, memo: TextMemo): string[] {
  return analyzeText(text, memo)
    .tokens.filter((t) => t.type === 'word' || t.type === 'number')
    .map((t) => t.lower);
}

/** The evidence of two sentences; values are compared unless `rule` finds them unrelated. */
export function pairEvidence(a: string, b: string, rule = PAIR_RULE): PairEvidence {
  const [pa, pb] = [profileSentence(a), profileSentence(b)];
  // Read once, used by the signals, the value comparison and the same-statement features.
  const corpus = pairFeatures(pa, pb, globalIdf);
  const coverage: [number, number] = [contentCoverage(pa, pb), contentCoverage(pb, pa)];
  const signals = pairSignals(corpus);
  const unrelated = isUnrelated(signals, rule);
  // One memo for the pair: the comparison reads the analyses the extraction made.
  const texts: TextMemo = new Map();
  // Names only count as changed when the other sentence does not mention them at all.
  const mentioned = (side: 'a' | 'b', norm: string) => (side === 'a' ? a : b).toLowerCase().includes(norm);
  const [sa, sb] = [
    { text: a, profile: pa, words: wordsOf(a, texts) },
    { text: b, profile: pb, words: wordsOf(b, texts) }
  ];
  const discrepancies = unrelated
    ? []
    : compareValues(asClaim(a, 'a', texts), asClaim(b, 'b', texts), {
        mentionedIn: mentioned,
        closeness: Math.min(...coverage),
        texts
      });
  const features = sameFeatures(sa, sb, {
    probability: signals.probability,
    corpus,
    coverage,
    discrepant: discrepancies.length > 0
  });
  return { signals, unrelated, discrepancies, features };
}

/** The same statement: not unrelated, no value differs, and the model's probability reaches its threshold. */
export function isSameStatement(
  e: PairEvidence,
  model: StandardizedWeights & { threshold: number } = checkSameModel(SAME_MODEL)
): boolean {
  return (
    !e.unrelated && !e.discrepancies.length && standardizedProbability(e.features, model) >= model.threshold
  );
}

/** Unrelated by PAIR_RULE; otherwise the same statement (isSameStatement) or related. */
export function comparePair(
  a: string,
  b: string
): {
  relation: PairRelation;
  score: number;
  discrepancies: { type: DiscrepancyType; values: [string, string] }[];
} {
  const evidence = pairEvidence(a, b);
  const relation: PairRelation = evidence.unrelated
    ? 'unrelated'
    : isSameStatement(evidence)
      ? 'same'
      : 'related';
  return {
    relation,
    score: Math.round(evidence.signals.probability * 1000) / 1000,
    discrepancies: evidence.discrepancies
  };
}
