// Certainty as a value of a fact: a denial of what the other side reports differs; what one side hedges and the
// other states ("allegedly drunk" / "drunk", "allegedly struck" / "struck", "arrested on suspicion of DUI" /
// "arrested for DUI") is a certainty discrepancy too, but it makes the hedging outlet partial, not "differs"
// (isHedgeOnly, types.ts). Other differences in certainty are no discrepancy.
import { analyzeText, type TextMemo } from './features/analyzeText';
import { negatedAt } from './features/findNegation';
import { hedgedStatement } from './hedgedStatement';
import { DENIAL } from './lexicon/certainty';
import { lemmatize } from './lemmatize';
import { STOPWORDS } from './profileSentence';
import type { ValueDiscrepancy } from './compareValues';
import type { Claim } from './types';

/** Certainty discrepancies between two claims of one fact (at most one). */
export function certaintyConflicts(a: Claim, b: Claim, memo?: TextMemo): ValueDiscrepancy[] {
  const denied = (c: Claim) => c.certainty === 'denied';
  if (denied(a) !== denied(b))
    return deniesWhatOtherSays(denied(a) ? a : b, denied(a) ? b : a, memo)
      ? [{ type: 'certainty', values: [certaintyLabel(a), certaintyLabel(b)] }]
      : [];
  const aHedges = hedgedStatement(a, b, memo);
  if (aHedges) return [{ type: 'certainty', values: aHedges }];
  const bHedges = hedgedStatement(b, a, memo);
  return bHedges ? [{ type: 'certainty', values: [bHedges[1], bHedges[0]] }] : [];
}

const DENIAL_AT = new RegExp(DENIAL.source, 'gi');
/** Words that frame what is denied rather than say it ("denied reports that ...", "deny any suggestion"). */
const DENIAL_FRAME =
  /^(?:reports?|suggestions?|rumou?rs?|claims?|allegations?|accusations?|charges?|speculation|any|all|the|a|an|that|he|she|it|they|his|her|their|was|were|is|are|had|has|have|been|being|be|of|to|ever|wrongdoing)$/i;

/**
 * A denial conflicts with the other side only when it denies what that side says: "Man denies arson" against
 * "Man charged with arson", not against "Major fire at Waitrose" (the fire is not denied), and "Denying he was a
 * gangster, Gigante would wander the streets" does not deny the wandering. What is denied: the content words of
 * the phrase after the denial (past "reports that he was" and the like); the other side must use one of them.
 */
function deniesWhatOtherSays(negating: Claim, other: Claim, memo?: TextMemo): boolean {
  // What the other side negates it does not say ("it had not hidden the losses"): both deny it.
  const otherTokens = analyzeText(other.text, memo).tokens;
  const otherWords = new Set(
    otherTokens.filter((_, k) => !negatedAt(otherTokens, k)).map((t) => lemmatize(t.lower))
  );
  // What the other side denies as well ("the firm denied anti-competitive practices were the reason") is no
  // conflict: both report the denial, whichever clause the certainty reader took for the claim's own.
  const deniedByOther = new Set(
    [...other.text.matchAll(DENIAL_AT)].flatMap((m) => deniedWords(other.text, m))
  );
  for (const m of negating.text.matchAll(DENIAL_AT)) {
    if (!aboutTheDenier(negating, m.index!, other, otherWords)) continue;
    const content = deniedWords(negating.text, m);
    if (content.some((w) => otherWords.has(w) && !deniedByOther.has(w))) return true;
  }
  return false;
}

/** The content lemmas of the phrase a denial cue denies: up to punctuation or where another phrase starts
 * ("denied arson following a fire"), past words that frame it ("denied reports that"). */
function deniedWords(text: string, cue: RegExpExecArray | RegExpMatchArray): string[] {
  const after = text
    .slice(cue.index! + cue[0].length)
    .split(/[,;:.!?]|\s(?:following|after|before|over|during|since|because|when|while|at|in|on)\s/i)[0];
  const words = (after.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).slice(0, 8);
  return words
    .filter((w) => !DENIAL_FRAME.test(w) && !STOPWORDS.has(w.toLowerCase()))
    .map((w) => lemmatize(w));
}

/** What may stand between a denier and the denial ("LaRue has strongly denied"). */
const GAP = String.raw`(?:(?:has|had|have|also|strongly|flatly|steadfastly|repeatedly|again)\s+){0,2}`;
const DENIER_GAP = new RegExp(String.raw`^\s*${GAP}$`, 'i');
const DENIER_WORDS = new RegExp(String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s*${GAP}$`, 'u');
/** Capitalised words that name no one: pronouns, articles, titles. */
const NOT_A_NAME =
  /^(?:he|she|they|it|we|i|you|the|a|an|this|that|these|those|his|her|their|its|mr|mrs|ms|dr)$/i;
/** Deniers a headline capitalises without naming ("Man denies arson", "Police deny cover-up"): another side may
 * name them, so the denial is read as before. */
const UNNAMED_DENIERS = new Set(
  'man woman men women boy girl teen teenager suspect police official officials authorities government spokesman spokeswoman'.split(
    ' '
  )
);

/** A pronoun that opens a sentence ("He was rumored to be Deep Throat"): whom it means, nothing here says. */
const OPENING_PRONOUN = /^(?:and\s+|but\s+)?(?:he|she|they|it|his|her|their)\b/i;

/**
 * Whether the other side speaks of whoever denies: a named denier ("Mr. LaRue denied suggestions that he was Deep
 * Throat") denies what is said of him, so a side that never names him and opens with another subject ("Woodward
 * and Bernstein have maintained they would reveal Deep Throat's identity") says nothing he denies. A side that
 * opens with a pronoun may mean him. A denial with no named subject right before it ("Man denies arson") is read
 * as before.
 */
function aboutTheDenier(negating: Claim, at: number, other: Claim, otherWords: Set<string>): boolean {
  const before = negating.text.slice(0, at);
  const entity = negating.entities
    .filter((e) => (e.type === 'person' || e.type === 'organization') && e.end - negating.start <= at)
    .find((e) => DENIER_GAP.test(before.slice(e.end - negating.start)));
  // The extractor misses some names that open a sentence ("LaRue discounted rumors"): capitalised words there.
  // Only the words just before (a name and two more words): scanning a whole long sentence would cost its square.
  const capitalised = entity ? null : DENIER_WORDS.exec(before.slice(-80));
  const denier = entity?.norm ?? capitalised?.[1].toLowerCase();
  if (!denier || NOT_A_NAME.test(denier)) return true;
  const names = denier
    .split(/[\s.]+/)
    .filter((w) => w.length > 2 && !NOT_A_NAME.test(w) && !UNNAMED_DENIERS.has(w));
  if (!names.length || names.some((w) => otherWords.has(w))) return true;
  return OPENING_PRONOUN.test(other.text.trim());
}

function certaintyLabel(c: Claim): string {
  return c.hedges.length && c.certainty === 'hedged' ? `hedged (${c.hedges.join(', ')})` : c.certainty;
}
