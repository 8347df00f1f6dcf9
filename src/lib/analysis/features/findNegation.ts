import type { Span } from '../types';
import { findQuotes } from './findQuotes';

const WORDS = 'not|no|never|none|nobody|nothing|neither|nor|without|cannot';
/** Verbs and nouns that say the next verb did not happen: "failed to stay", "refused to recuse", "declined to give",
 * "their failure to get". */
const NOT_DOING = '(?:(?:fail|refus|declin)(?:ed|es|s|ing)|failures?|refusals?)';
const CUE = new RegExp(`\\b(?:${WORDS}|${NOT_DOING} to|no longer|n['’]t)\\b|n['’]t\\b`, 'gi');
/** The same cues as single tokens (compareValues reads text token by token: "failed" of "failed to"). */
const NEGATION_WORD = new RegExp(`^(?:${WORDS}|${NOT_DOING}|n['’]t)$`);
const NOT_DOING_WORD = new RegExp(`^${NOT_DOING}$`);
/** Idioms with a negative word that do not negate the assertion. */
const NOT_NEGATION =
  /^(?:not only|no doubt|not just|no later|no sooner|not until|whether or not|no matter|not least|not far|no less|nothing but)/i;

/** "will not be restored until Monday", "won't arrive till noon": a time the event waits for, not its denial. */
const NOT_UNTIL = /^(?:not|n['’]t|never)(?:\s+[\w'’-]+){1,4}?\s+(?:until|till)\b/i;

/** Words opening a subordinate clause; a negation inside one does not negate the main assertion. */
const SUBORDINATOR =
  /\b(?:that|because|although|though|if|unless|whether|which|who|whom|whose|when|whenever|while|since|after|before|until|so that)\b/gi;
/** "said that ...", "concluded that ...": the that-clause is the reported assertion itself. */
const REPORTED_THAT =
  /\b(?:said|says|say|told|tells|\w+ed|claims?|believes?|thinks?|insists?|denies|admits?|warns?|notes?|adds?|states?|confirms?|argues?|shows?|found|knew|know|thought)(?:\s+\w+){0,2}\s+that\s*$/i;

/** Is the cue at `at` in the main clause (or in a reported that-clause)? */
function inMainClause(text: string, at: number): boolean {
  const before = text.slice(0, at);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(SUBORDINATOR)) last = m as RegExpExecArray;
  if (!last) return true;
  if (last[0].toLowerCase() !== 'that') return false;
  return REPORTED_THAT.test(before.slice(0, last.index + last[0].length));
}

/**
 * Negation cues on the text's main assertion: outside direct quotes, idioms like "not only" and subordinate
 * clauses ("the man who did not stop was arrested" is not negated; "police said he did not stop" is).
 */
export function findNegation(text: string, offset = 0): { negated: boolean; cues: Span[] } {
  const quotes = findQuotes(text);
  const cues: Span[] = [];
  for (const m of text.matchAll(CUE)) {
    const at = m.index!;
    if (quotes.some((q) => at >= q.start && at < q.end)) continue;
    const phrase = text.slice(at, at + 20);
    if (NOT_NEGATION.test(phrase) || /^whether or\s*$/i.test(text.slice(Math.max(0, at - 11), at))) continue;
    if (NOT_UNTIL.test(text.slice(at, at + 60))) continue;
    if (!inMainClause(text, at)) continue;
    cues.push({ start: offset + at, end: offset + at + m[0].length });
  }
  return { negated: cues.length > 0, cues };
}

/** A negation cue among the three tokens before token k ("not", "no", "never", "n't", "without", "failed to"). */
export function negatedAt(tokens: readonly { lower: string }[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const word = tokens[j].lower;
    // "failed to stay" and "declined to give" negate; "the failing bank" and "declining sales" do not.
    if (NEGATION_WORD.test(word) && (!NOT_DOING_WORD.test(word) || tokens[j + 1]?.lower === 'to'))
      return true;
  }
  return false;
}
