// The trained pair model (logistic regression over pairFeatures), its IDF table and tuned thresholds.
// model/pairModel.json is written by `npm run train` (scripts/train.ts); do not edit it by hand.
import model from './model/pairModel.json';
import { pairFeatures, type IdfLookup, type PreparedMemo } from './pairFeatures';
import type { SentenceProfile } from './profileSentence';

export interface PairModel {
  features: string[];
  weights: number[];
  bias: number;
  idf: Record<string, number>;
  defaultIdf: number;
  /** Tuned decision thresholds on the model probability. */
  thresholds: Record<string, number>;
}

export const PAIR_MODEL = model as PairModel;

/** Corpus IDF of a lemma (ECB+ training documents); rare or unseen lemmas get the maximum. */
const IDF = new Map(Object.entries(PAIR_MODEL.idf));
export const globalIdf: IdfLookup = (lemma) => IDF.get(lemma) ?? PAIR_MODEL.defaultIdf;

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function linearScore(features: number[], weights: number[], bias: number): number {
  let z = bias;
  for (let i = 0; i < features.length; i++) z += features[i] * weights[i];
  return z;
}

/** Probability that two sentences state the same happening (trained on ECB+ event coreference). */
export function pairProbability(
  a: SentenceProfile,
  b: SentenceProfile,
  idf: IdfLookup = globalIdf,
  memos?: WeakMap<IdfLookup, PreparedMemo>
): number {
  return featuresProbability(pairFeatures(a, b, idf, memos));
}

/** The same probability from a pair's pairFeatures, when the caller has them already. */
export function featuresProbability(features: number[]): number {
  return logistic(linearScore(features, PAIR_MODEL.weights, PAIR_MODEL.bias));
}

/** A threshold of the trained model; a missing one is an error (retrain), never a silent default. */
export function threshold(name: string): number {
  const value = PAIR_MODEL.thresholds[name];
  if (typeof value !== 'number')
    throw new Error(`pair model has no threshold "${name}": run \`npm run train\``);
  return value;
}
