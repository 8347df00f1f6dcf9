/** A logistic regression fitted on standardised inputs (scripts/lib/logisticRegression.ts). */
export interface StandardizedWeights {
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
}

/** The model's probability for one feature vector: each feature standardised, then weighted. */
export function standardizedProbability(features: readonly number[], m: StandardizedWeights): number {
  let z = m.bias;
  for (let i = 0; i < features.length; i++) z += ((features[i] - m.mean[i]) / m.scale[i]) * m.weights[i];
  return 1 / (1 + Math.exp(-z));
}
