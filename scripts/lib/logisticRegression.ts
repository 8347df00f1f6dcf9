// Deterministic logistic regression: full-batch gradient descent with L2, zero initialisation, class-balanced.
export function trainLogistic(
  x: number[][],
  y: number[],
  { epochs = 3000, rate = 1, l2 = 1e-4 } = {}
): { weights: number[]; bias: number } {
  const d = x[0].length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const positives = y.filter((v) => v === 1).length;
  const posWeight = (y.length - positives) / Math.max(1, positives);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array<number>(d).fill(0);
    let gradB = 0;
    let totalWeight = 0;
    for (let i = 0; i < x.length; i++) {
      let z = b;
      for (let k = 0; k < d; k++) z += w[k] * x[i][k];
      const p = 1 / (1 + Math.exp(-z));
      const sw = y[i] === 1 ? posWeight : 1;
      const err = (p - y[i]) * sw;
      for (let k = 0; k < d; k++) grad[k] += err * x[i][k];
      gradB += err;
      totalWeight += sw;
    }
    for (let k = 0; k < d; k++) w[k] -= rate * (grad[k] / totalWeight + l2 * w[k]);
    b -= rate * (gradB / totalWeight);
  }
  return { weights: w, bias: b };
}

/** Best-F1 threshold over scored examples (ties broken towards the higher threshold). */
export function bestThreshold(
  scores: number[],
  y: number[]
): { threshold: number; p: number; r: number; f1: number } {
  const order = scores.map((s, i) => [s, y[i]] as const).sort((a, b) => b[0] - a[0]);
  const positives = y.filter((v) => v === 1).length;
  let tp = 0;
  let best = { threshold: 1, p: 0, r: 0, f1: 0 };
  order.forEach(([s, label], i) => {
    if (label === 1) tp++;
    if (i + 1 < order.length && order[i + 1][0] === s) return;
    const p = tp / (i + 1);
    const r = tp / Math.max(1, positives);
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    if (f1 > best.f1) best = { threshold: s, p, r, f1 };
  });
  return best;
}

export function round(x: number, digits = 6): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f || 0; // no -0 in JSON
}

/** A logistic regression on standardised inputs: p = sigmoid(bias + sum(weights * (x - mean) / scale)). */
export interface StandardizedLogistic {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** Solves A x = b for a symmetric positive-definite A (Cholesky); A and b are not modified. */
function solveSpd(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * y[k];
    y[i] = s / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k][i] * x[k];
    x[i] = s / l[i][i];
  }
  return x;
}

/**
 * Deterministic L2-regularised logistic regression by Newton's method on standardised features, unweighted, so
 * its probabilities stay calibrated (grouping averages them). Converges in a few iterations on 100k examples.
 */
export function trainStandardizedLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  { l2 = 1e-3, iterations = 50 } = {}
): StandardizedLogistic {
  const n = x.length;
  const d = x[0].length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of x) for (let k = 0; k < d; k++) mean[k] += row[k] / n;
  for (const row of x) for (let k = 0; k < d; k++) scale[k] += (row[k] - mean[k]) ** 2 / n;
  // A (nearly) constant feature keeps scale 1: it carries no information, and dividing by ~0 would blow it up.
  for (let k = 0; k < d; k++) scale[k] = scale[k] > 1e-12 ? Math.sqrt(scale[k]) : 1;
  const z = x.map((row) => [...row.map((v, k) => (v - mean[k]) / scale[k]), 1]);
  const w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((v, k) => (k < d ? l2 * v : 0));
    const hess = Array.from({ length: d + 1 }, (_, i) =>
      Array.from({ length: d + 1 }, (_, j) => (i === j && i < d ? l2 : 0))
    );
    for (let i = 0; i < n; i++) {
      const row = z[i];
      let s = 0;
      for (let k = 0; k <= d; k++) s += w[k] * row[k];
      const p = 1 / (1 + Math.exp(-s));
      const err = (p - y[i]) / n;
      const h = (p * (1 - p)) / n;
      for (let a = 0; a <= d; a++) {
        grad[a] += err * row[a];
        const ha = h * row[a];
        for (let b = 0; b <= a; b++) hess[a][b] += ha * row[b];
      }
    }
    for (let a = 0; a <= d; a++) for (let b = 0; b < a; b++) hess[b][a] = hess[a][b];
    const step = solveSpd(hess, grad);
    let change = 0;
    for (let k = 0; k <= d; k++) {
      w[k] -= step[k];
      change = Math.max(change, Math.abs(step[k]));
    }
    if (change < 1e-8) break;
  }
  return {
    mean: mean.map((v) => round(v)),
    scale: scale.map((v) => round(v)),
    weights: w.slice(0, d).map((v) => round(v)),
    bias: round(w[d])
  };
}
