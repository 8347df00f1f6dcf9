import type { DiscrepancyType } from '$lib/analysis/types';

const NOUN: Record<DiscrepancyType, string> = {
  number: 'a number discrepancy',
  date: 'a date discrepancy',
  place: 'a place discrepancy',
  name: 'a name discrepancy',
  role: 'a title or role discrepancy',
  negation: 'one affirms what the other denies',
  certainty: 'they differ in how certain they sound',
  attribution: 'they credit different sources'
};

/** "RT says 3,000; Reuters says 2,500 — a number discrepancy." */
export function describeDiscrepancy(
  type: DiscrepancyType,
  outlets: [string, string],
  values: [string, string]
): string {
  const [a, b] = outlets;
  const [va, vb] = values.map((v) => v.trim() || '(nothing)');
  return `${a} says “${va}”; ${b} says “${vb}” — ${NOUN[type]}.`;
}
