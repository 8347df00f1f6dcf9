// Negation as a value of a fact: one claim denies the very predicate the other states ("did not stop" /
// "stopped"). Not knowing or not telling ("has not confirmed") is no denial.
import { analyzeText, type TextMemo, type TextToken } from './features/analyzeText';
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
    // What is quoted of the denial starts at an auxiliary right before the cue ("did not").
    const aux = tokens.findIndex((x) => x.end <= cue.start && x.end >= cue.start - 1 && x.pos === 'AUX');
    const from = aux >= 0 ? tokens[aux].start : cue.start;
    for (let k = at; k < tokens.length && k < at + 4; k++) {
      const t = tokens[k];
      if (!['VERB', 'ADJ', 'NOUN'].includes(t.pos)) {
        // "None of the victims were wearing": the noun after "of" is what the cue denies; "no one" is no count.
        if (
          ['AUX', 'PART', 'DET', 'ADV', 'PRON'].includes(t.pos) ||
          (k === at && /^(?:of|one)$/.test(t.lower))
        )
          continue;
        break;
      }
      // "left 200,000 homes without power" lacks the thing, which the other side may name as lost too ("knocked out
      // power"): after "without" only an act is denied ("left without paying" / "paid").
      if (/^without$/i.test(negated.text.slice(cue.start, cue.end)) && t.pos !== 'VERB') break;
      // "not including the gunman" says what a count leaves out, not that something did not happen.
      if (t.lower === 'including') break;
      // "No passenger was ejected", "no tumors were detected": what is denied of the noun is its verb, which the
      // other side must state too ("some passengers were thrown" denies nothing of it).
      const verb = t.pos === 'NOUN' ? predicateAfter(tokens, k) : undefined;
      if (verb !== undefined) {
        // The other side denies it of the same noun ("no date had yet been set" on both sides).
        const noun = lemmatize(t.lower);
        if (affirmedTokens.some((o, j) => lemmatize(o.lower) === noun && negatedAt(affirmedTokens, j))) break;
        const predicate = lemmatize(tokens[verb].lower);
        const match = other.find((o) => o.pos === 'VERB' && lemmatize(o.lower) === predicate);
        if (!match) break;
        return [negated.text.slice(from, tokens[verb].end), match.text];
      }
      const lemma = lemmatize(t.lower);
      // "has not confirmed", "could not be identified", "did not say": not knowing or not telling is a difference
      // in certainty (partial), not a denial of what the other side states.
      if (UNTOLD.has(lemma) || (REPORTING_VERB_SET.has(t.lower) && !claimsAnAct(tokens, k))) break;
      const match = other.find((o) => lemmatize(o.lower) === lemma);
      if (!match) break;
      // The negated side states it as well elsewhere ("0.09 Palm shares (and no shares of PalmSource)"): what it
      // denies is something else.
      if (tokens.some((x, j) => j !== k && lemmatize(x.lower) === lemma && !negatedAt(tokens, j))) break;
      return [negated.text.slice(from, t.end), match.text];
    }
  }
  return null;
}

/** "claimed responsibility", "took credit": a verb of saying that states an act of the speaker, not a report. */
const claimsAnAct = (tokens: readonly TextToken[], k: number) =>
  /^(?:responsibility|credit)$/.test(tokens[k + 1]?.lower ?? '');

/**
 * The verb a negated noun is the subject of ("no passenger was ejected" -> ejected): the first verb after it, past
 * auxiliaries and adverbs, when it states something of the noun; none when the noun has no such verb ("there was no
 * standard") or it only says what was told ("no injuries were reported": the noun is what is denied).
 */
function predicateAfter(tokens: readonly TextToken[], k: number): number | undefined {
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const t = tokens[j];
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    if (t.pos !== 'VERB') return undefined;
    const lemma = lemmatize(t.lower);
    return UNTOLD.has(lemma) || REPORTING_VERB_SET.has(t.lower) || /^(?:be|have)$/.test(lemma)
      ? undefined
      : j;
  }
  return undefined;
}
