// Evaluation metrics: precision/recall/F1 over counts or sets, adjusted Rand index and B-cubed over clusterings.
// Clusterings are label arrays aligned by index: gold[i] and predicted[i] are the clusters of item i.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall, F1 from counts; an empty denominator gives 0 (nothing predicted is not "perfect"). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** P/R/F1 of a predicted set of items (pair keys, offsets…) against a gold set. */
export function prfOfSets<T>(predicted: Iterable<T>, gold: Iterable<T>): Prf {
  const goldSet = new Set(gold);
  const predictedSet = new Set(predicted);
  let tp = 0;
  for (const item of predictedSet) if (goldSet.has(item)) tp++;
  return prf(tp, predictedSet.size - tp, goldSet.size - tp);
}

/** Sums counts of several P/R/F1 results (micro average). */
export function sumPrf(parts: Prf[]): Prf {
  const total = parts.reduce((s, p) => ({ tp: s.tp + p.tp, fp: s.fp + p.fp, fn: s.fn + p.fn }), {
    tp: 0,
    fp: 0,
    fn: 0
  });
  return prf(total.tp, total.fp, total.fn);
}

/** Order-independent key of an unordered pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function assertAligned(gold: readonly unknown[], predicted: readonly unknown[]): void {
  if (gold.length !== predicted.length) {
    throw new Error(`clusterings differ in size: ${gold.length} gold vs ${predicted.length} predicted items`);
  }
}

const choose2 = (n: number) => (n * (n - 1)) / 2;

function countBy<T>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * Adjusted Rand index (Hubert & Arabie 1985): 1 for identical partitions, about 0 for chance agreement. When the
 * index is undefined (both partitions all-singletons or both one cluster) it is 1, as in scikit-learn.
 */
export function adjustedRandIndex<L>(gold: readonly L[], predicted: readonly L[]): number {
  assertAligned(gold, predicted);
  const n = gold.length;
  if (n < 2) return 1;
  const cells = countBy(gold.map((g, i) => JSON.stringify([g, predicted[i]])));
  const index = [...cells.values()].reduce((s, c) => s + choose2(c), 0);
  const goldPairs = [...countBy(gold).values()].reduce((s, c) => s + choose2(c), 0);
  const predictedPairs = [...countBy(predicted).values()].reduce((s, c) => s + choose2(c), 0);
  const expected = (goldPairs * predictedPairs) / choose2(n);
  const max = (goldPairs + predictedPairs) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** B-cubed precision/recall/F1 (Bagga & Baldwin 1998), averaged over items. */
export function bcubed<L>(gold: readonly L[], predicted: readonly L[]): BCubed {
  assertAligned(gold, predicted);
  const n = gold.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  const goldSize = countBy(gold);
  const predictedSize = countBy(predicted);
  const cellSize = countBy(gold.map((g, i) => JSON.stringify([g, predicted[i]])));
  let precision = 0;
  let recall = 0;
  gold.forEach((g, i) => {
    const together = cellSize.get(JSON.stringify([g, predicted[i]]))!;
    precision += together / predictedSize.get(predicted[i])!;
    recall += together / goldSize.get(g)!;
  });
  precision /= n;
  recall /= n;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  };
}
