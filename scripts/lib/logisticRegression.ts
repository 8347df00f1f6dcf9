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
  return Math.round(x * f) / f;
}
