// The trained "same statement" model: logistic regression over sameFeatures on standardised inputs, and the
// probability from which `pairs` answers 'same' (isSameStatement, comparePair.ts). model/sameModel.json is written
// by `npm run train:same` (scripts/train-same.ts) from the training split of the public MSR Paraphrase Corpus,
// which Parallax does not ship.
import model from './model/sameModel.json';
import { SAME_FEATURE_NAMES } from './sameFeatures';

export interface SameModel {
  features: string[];
  /** Per-feature mean and scale the inputs are standardised with before the weights apply. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** The probability from which two sentences are the same statement. */
  threshold: number;
  /** What it was fitted on, and its cross-validated accuracy there. */
  trainedOn: string;
}

/** Checks that a model fits these features; throws with the reason otherwise (no silent fallback). */
export function checkSameModel(m: SameModel): SameModel {
  const names = SAME_FEATURE_NAMES as readonly string[];
  if (m.features.length !== names.length || m.features.some((f, i) => f !== names[i]))
    throw new Error(
      'same-statement model features do not match sameFeatures: retrain with `npm run train:same`'
    );
  for (const key of ['mean', 'scale', 'weights'] as const)
    if (m[key].length !== names.length) throw new Error(`same-statement model: ${key} has the wrong length`);
  if (typeof m.threshold !== 'number') throw new Error('same-statement model: threshold is missing');
  return m;
}

/** The committed model; comparePair checks it fits before use (so `npm run train:same` can import this module). */
export const SAME_MODEL = model as SameModel;
