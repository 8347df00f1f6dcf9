// Certainty as a value of a fact: a denial of what the other side reports differs; what one side hedges and the
// other states ("allegedly drunk" / "drunk", "allegedly struck" / "struck", "arrested on suspicion of DUI" /
// "arrested for DUI") is a certainty discrepancy too, but it makes the hedging outlet partial, not "differs"
// (isHedgeOnly, types.ts). Other differences in certainty are no discrepancy.
import { analyzeText, type TextMemo } from './features/analyzeText';
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
  const otherWords = new Set(analyzeText(other.text, memo).tokens.map((t) => lemmatize(t.lower)));
  for (const m of negating.text.matchAll(DENIAL_AT)) {
    // The denied phrase ends at punctuation or where another phrase starts ("denied arson following a fire").
    const after = negating.text
      .slice(m.index! + m[0].length)
      .split(/[,;:.!?]|\s(?:following|after|before|over|during|since|because|when|while|at|in|on)\s/i)[0];
    const words = (after.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).slice(0, 8);
    const content = words.filter((w) => !DENIAL_FRAME.test(w) && !STOPWORDS.has(w.toLowerCase()));
    if (content.some((w) => otherWords.has(lemmatize(w)))) return true;
  }
  return false;
}

function certaintyLabel(c: Claim): string {
  return c.hedges.length && c.certainty === 'hedged' ? `hedged (${c.hedges.join(', ')})` : c.certainty;
}
