// The trained alignment model: logistic regression over alignFeatures on standardised inputs, with the grouping
// thresholds and the bound of per-outlet "same" tuned with it. model/alignModel.json is written by `npm run train`
// (scripts/train.ts) from the hand-labelled facts-dev events; `npm run eval` trains the same way with each event
// left out before scoring it.
import model from './model/alignModel.json';
import { ALIGN_FEATURE_NAMES } from './alignFeatures';
import { standardizedProbability } from './standardizedProbability';

/** How claims are grouped into facts (groupClaims): see AlignModel's thresholds. */
export interface GroupingThresholds {
  group: number;
  groupMinEdge: number;
  groupSecondary: number;
}

export interface AlignModel {
  features: string[];
  /** Per-feature mean and scale the inputs are standardised with before the weights apply. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /**
   * group: average-linkage merge threshold on the probability; groupMinEdge: the weakest edge that starts a
   * merge; groupSecondary: the mean probability with another fact's members at which a claim is also listed
   * there ("also mentions"); sameCoverage: the mutual content coverage from which an outlet's claim says the same
   * as the central outlet's (its verdict 'same', not 'partial'; see deriveVerdicts), tuned on the same events.
   */
  thresholds: GroupingThresholds & { sameCoverage: number };
}

/** Checks that a model fits this engine's features; throws with the reason otherwise (no silent fallback). */
export function checkAlignModel(m: AlignModel): AlignModel {
  const names = ALIGN_FEATURE_NAMES as readonly string[];
  if (m.features.length !== names.length || m.features.some((f, i) => f !== names[i]))
    throw new Error(`alignment model features do not match the engine's: retrain with \`npm run train\``);
  for (const key of ['mean', 'scale', 'weights'] as const)
    if (m[key].length !== names.length) throw new Error(`alignment model: ${key} has the wrong length`);
  for (const t of ['group', 'groupMinEdge', 'groupSecondary', 'sameCoverage'] as const)
    if (typeof m.thresholds[t] !== 'number') throw new Error(`alignment model: threshold ${t} is missing`);
  return m;
}

/** The committed model; alignClaims checks it fits before use (so `npm run train` can import this module). */
export const ALIGN_MODEL = model as AlignModel;

/** Probability that two claims state a fact in common. */
export function alignProbability(features: readonly number[], m: AlignModel = ALIGN_MODEL): number {
  return standardizedProbability(features, m);
}
