import { describe, expect, it } from 'vitest';
import { trainStandardizedLogistic } from '../../scripts/lib/logisticRegression';

const predict = (m: ReturnType<typeof trainStandardizedLogistic>, x: number[]) =>
  1 / (1 + Math.exp(-(m.bias + x.reduce((s, v, k) => s + ((v - m.mean[k]) / m.scale[k]) * m.weights[k], 0))));

describe('trainStandardizedLogistic', () => {
  // One informative feature (x0 > 0.5 mostly positive) and one constant: the weight goes to x0, probabilities
  // stay calibrated (the mean prediction equals the positive rate), and a constant feature gets scale 1.
  const x = [0.1, 0.2, 0.3, 0.4, 0.45, 0.55, 0.6, 0.7, 0.8, 0.9].map((v) => [v, 2]);
  const y = [0, 0, 0, 1, 0, 1, 0, 1, 1, 1];
  const m = trainStandardizedLogistic(x, y);

  it('learns the informative feature and ignores the constant one', () => {
    expect(m.weights[0]).toBeGreaterThan(1);
    expect(m.weights[1]).toBe(0);
    expect(m.mean).toEqual([0.5, 2]);
    expect(m.scale[1]).toBe(1);
  });
  it('is calibrated: mean probability = positive rate', () => {
    const mean = x.reduce((s, row) => s + predict(m, row), 0) / x.length;
    expect(mean).toBeCloseTo(0.5, 4);
  });
  it('is deterministic', () => {
    expect(trainStandardizedLogistic(x, y)).toEqual(m);
  });
});
