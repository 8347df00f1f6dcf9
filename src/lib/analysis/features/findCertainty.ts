import type { Attribution, Certainty } from '../types';
import { DENIAL, HEDGES } from '../lexicon/certainty';

const HEDGE = new RegExp(`\\b(?:${HEDGES.join('|')})\\b`, 'gi');

/**
 * How firmly the text asserts its content: 'denied' (reports a denial) > 'hedged' (alleged, suspected, may,
 * reportedly...) > 'attributed' (credited to a source) > 'asserted'.
 */
export function findCertainty(
  text: string,
  attribution: Attribution | null
): { certainty: Certainty; hedges: string[] } {
  const hedges = [...new Set([...text.matchAll(HEDGE)].map((m) => m[0].toLowerCase()))];
  if (DENIAL.test(text)) return { certainty: 'denied', hedges };
  if (hedges.length > 0) return { certainty: 'hedged', hedges };
  if (attribution) return { certainty: 'attributed', hedges };
  return { certainty: 'asserted', hedges };
}
