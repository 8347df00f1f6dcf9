// Negation as a value of a fact: one claim denies the very predicate the other states ("did not stop" /
// "stopped"). Not knowing or not telling ("has not confirmed") is no denial.
import { analyzeText, type TextMemo } from './features/analyzeText';
import { findNegation, negatedAt } from './features/findNegation';
import { REPORTING_VERB_SET } from './lexicon/attribution';
import { lemmatize } from './lemmatize';
import type { Claim } from './types';

/** Predicates whose negation says the outlet does not know or tell, not that the thing did not happen. */
const UNTOLD = new Set([
  'confirm',
  'know',
  'clear',
  'identify',
  'release',
  'disclose',
  'determine',
  'say',
  'comment',
  'reach',
  'available',
  'immediately',
  'report',
  'specify',
  'name',
  'reveal',
  'elaborate',
  'verify',
  'yet'
]);

/**
 * What a negated claim denies that the other affirms: the word its negation cue negates ("did not stop" ->
 * stop, "pleaded not guilty" -> guilty, "no one was killed" -> kill), found in the other claim as the same
 * lemma. Returns both sides in words (["did not stop", "stopped"]), or null when the affirming claim does not
 * state that predicate: "no injuries were reported" does not deny "the fire destroyed the house".
 */
export function deniedPredicate(negated: Claim, affirmed: Claim, memo?: TextMemo): [string, string] | null {
  const { cues } = findNegation(negated.text);
  const tokens = analyzeText(negated.text, memo).tokens;
  const affirmedTokens = analyzeText(affirmed.text, memo).tokens;
  // The other side must state the predicate without a negation of its own: "does not fit" inside a quotation, or
  // "there was no standard" in a clause findNegation leaves aside, deny just the same.
  const other = affirmedTokens.filter(
    (t, k) => ['VERB', 'ADJ', 'NOUN'].includes(t.pos) && !negatedAt(affirmedTokens, k)
  );
  for (const cue of cues) {
    const at = tokens.findIndex((t) => t.start >= cue.end);
    if (at < 0) continue;
    for (let k = at; k < tokens.length && k < at + 4; k++) {
      const t = tokens[k];
      if (!['VERB', 'ADJ', 'NOUN'].includes(t.pos)) {
        if (['AUX', 'PART', 'DET', 'ADV', 'PRON'].includes(t.pos)) continue;
        break;
      }
      const lemma = lemmatize(t.lower);
      // "has not confirmed", "could not be identified", "did not say": not knowing or not telling is a difference
      // in certainty (partial), not a denial of what the other side states.
      if (UNTOLD.has(lemma) || REPORTING_VERB_SET.has(t.lower)) break;
      const match = other.find((o) => lemmatize(o.lower) === lemma);
      if (!match) break;
      // The negated side states it as well elsewhere ("0.09 Palm shares (and no shares of PalmSource)"): what it
      // denies is something else.
      if (tokens.some((x, j) => j !== k && lemmatize(x.lower) === lemma && !negatedAt(tokens, j))) break;
      // The words from an auxiliary right before the cue ("did not") to the predicate.
      const aux = tokens.findIndex((x) => x.end <= cue.start && x.end >= cue.start - 1 && x.pos === 'AUX');
      const from = aux >= 0 ? tokens[aux].start : cue.start;
      return [negated.text.slice(from, t.end), match.text];
    }
  }
  return null;
}
