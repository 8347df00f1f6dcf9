// Whose figure a number is: a sports report gives one player's yards, another's and the team's in turn ("Jamaal
// Charles rushed for 226 yards while Peyton Hillis added 101"), a business story one company's price and another's.
// Two such figures are values of different slots, whatever grouped their claims. The holder is read only where the
// sentence says it plainly: a name that is the subject of the verb the figure follows ("Hillis rushed for 101"), or
// that owns the figure ("Charles' 226 yards"). A source is no holder ("police said five...", "USGS measured it at
// 6.1"): two sources giving different figures is exactly what a discrepancy is.
import { analyzeText, type TextMemo, type TextToken } from './features/analyzeText';
import { REPORTING_VERB_SET } from './lexicon/attribution';
import { sameSurname } from './nameVariants';
import type { Claim, Quantity } from './types';

/** Verbs (lemmas) whose subject measures or tells a figure rather than holds it. */
const SOURCE_VERBS = new Set([
  'measure',
  'record',
  'register',
  'estimate',
  'put',
  'count',
  'report',
  'calculate',
  'gauge'
]);

/** A possessive after a name: "Charles' 226 yards", "Klitschko's 51 knockouts". */
const POSSESSIVE = new Set(["'s", "'", '’s', '’']);

/** Tokens that may stand between a subject and its verb ("Hillis also added", "Charles had rushed"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'ADV', 'PART']);

/** Tokens of the verb's complement before the figure ("rushed for 226", "improved to 58-3 (51 KO)"). */
const COMPLEMENT = new Set(['ADP', 'DET', 'ADJ', 'ADV', 'NUM', 'PUNCT', 'SYM', 'PART']);

/** The lower-cased last word of the proper-noun run ending at token k ("Peyton Hillis" -> "hillis"), if any. */
function nameEndingAt(tokens: TextToken[], k: number): string | undefined {
  return k >= 0 && tokens[k].pos === 'PROPN' ? tokens[k].lower : undefined;
}

/**
 * The named holder of figure `q` in claim `c` (the last word of the name, lower case), or undefined when the
 * sentence does not say it plainly.
 */
export function figureHolder(q: Quantity, c: Claim, memo?: TextMemo): string | undefined {
  const tokens = analyzeText(c.text, memo).tokens;
  const at = tokens.findIndex((t) => t.start >= q.start - c.start);
  if (at <= 0) return undefined;
  if (POSSESSIVE.has(tokens[at - 1].lower)) return nameEndingAt(tokens, at - 2);
  // Back over the verb's complement to the verb, then over adverbs and auxiliaries to its subject.
  let k = at - 1;
  while (k >= 0 && COMPLEMENT.has(tokens[k].pos)) k--;
  if (k < 0 || tokens[k].pos !== 'VERB') return undefined;
  if (REPORTING_VERB_SET.has(tokens[k].lower) || SOURCE_VERBS.has(tokens[k].lemma)) return undefined;
  k--;
  while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.has(tokens[k].pos)) k--;
  return nameEndingAt(tokens, k);
}

/**
 * Whether two figures may be values of one slot: their holders are one (or two spellings of one name, which
 * nameVariants reports), or either is not said.
 */
export function sameHolder(x: Quantity, a: Claim, y: Quantity, b: Claim, memo?: TextMemo): boolean {
  const [hx, hy] = [figureHolder(x, a, memo), figureHolder(y, b, memo)];
  return !hx || !hy || sameSurname(hx, hy);
}
