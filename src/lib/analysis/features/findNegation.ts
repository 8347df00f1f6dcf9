import type { Span } from '../types';
import { findQuotes } from './findQuotes';

const CUE =
  /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|failed to|fails to|no longer|n['’]t)\b|n['’]t\b/gi;
/** Idioms with a negative word that do not negate the assertion. */
const NOT_NEGATION =
  /^(?:not only|no doubt|not just|no later|no sooner|not until|whether or not|no matter|not least|not far|no less|nothing but)/i;

/** Negation cues on the text's own assertion (outside direct quotes and idioms like "not only"). */
export function findNegation(text: string, offset = 0): { negated: boolean; cues: Span[] } {
  const quotes = findQuotes(text);
  const cues: Span[] = [];
  for (const m of text.matchAll(CUE)) {
    const at = m.index!;
    if (quotes.some((q) => at >= q.start && at < q.end)) continue;
    const phrase = text.slice(at, at + 20);
    if (NOT_NEGATION.test(phrase) || /^whether or\s*$/i.test(text.slice(Math.max(0, at - 11), at))) continue;
    cues.push({ start: offset + at, end: offset + at + m[0].length });
  }
  return { negated: cues.length > 0, cues };
}
