// Counts of one noun narrowed by different words count different sets: "two teenaged children" are some of "three
// children", "27 overseas booths" some of "more than 2,000 booths". A count of a part conflicts with the count of
// the whole only when it is larger; two counts each narrowed another way ("two Iranian groups" / "three hacker
// groups") may count overlapping sets, and nothing says they conflict.
import { analyzeText, type TextMemo } from './features/analyzeText';
import { countedPhrase, phraseStart } from './features/countedPhrase';
import { lemmatize } from './lemmatize';
import { quantitiesConflict } from './quantitiesConflict';
import type { Claim, Quantity } from './types';

/** Words before a counted noun that do not narrow what is counted: totals, hedges, additions (quantitySlots reads
 * "more" and "other" as a slot of their own), and outcomes, which the slot names already. */
const NOT_NARROWING = new Set([
  'total',
  'overall',
  'whole',
  'entire',
  'only',
  'just',
  'some',
  'more',
  'other',
  'additional',
  'further',
  'extra',
  'same',
  'such',
  'many',
  'several',
  'few',
  'estimated',
  'reported',
  'known',
  'all',
  'separate',
  'different',
  'various',
  'killed',
  'dead',
  'injured',
  'wounded',
  'hurt',
  'missing',
  'arrested',
  'detained',
  'displaced',
  'evacuated',
  'rescued',
  'died',
  'affected'
]);

/** Words right before a figure that pick which members of a series it counts ("the last two games", "the next
 * four games", "the first three days"). */
const SELECTING = new Set([
  'first',
  'last',
  'next',
  'final',
  'remaining',
  'previous',
  'past',
  'coming',
  'opening',
  'initial',
  'latest',
  'closing'
]);

/**
 * The words that narrow what a figure counts, lemmatized: between the figure and its noun, adjectives, names and
 * the nouns of a compound ("two teenaged children" -> teenage, "four police officers" -> police); right before
 * it, a word that picks members of a series ("the last two games" -> last). The noun phrase is the extractor's
 * (countedPhrase). Empty when the figure counts no noun.
 */
export function countedModifiers(q: Quantity, c: Claim, memo?: TextMemo): string[] {
  const { tokens } = analyzeText(c.text, memo);
  const after = tokens.findIndex((t) => t.start >= q.end - c.start);
  if (after < 0) return [];
  const at = tokens.findIndex((t) => t.start >= q.start - c.start);
  const before = at > 0 ? tokens[at - 1].lower : '';
  const selecting = SELECTING.has(before) ? [before] : [];
  const { words, head } = countedPhrase(tokens, phraseStart(tokens, after));
  if (head < 0) return [];
  return [
    ...selecting,
    ...words
      .slice(0, head)
      .map(lemmatize)
      .filter((w) => !NOT_NARROWING.has(w))
  ];
}

/** Whether a count of a part (`part`) is larger than any count of the whole (`whole`) allows. */
function exceeds(part: Quantity, whole: Quantity): boolean {
  if (whole.bound === 'min' || whole.bound === 'vague' || part.bound === 'max' || part.bound === 'vague')
    return false;
  return part.value > (whole.max ?? whole.value) && quantitiesConflict(part, whole);
}

/**
 * Whether two figures of one counted slot cannot both be right, reading the words that narrow each count: the
 * same narrowing (or none) on both sides compares the figures (quantitiesConflict); one side narrowed further
 * counts a part of the other's set; each narrowed its own way, they may count overlapping sets.
 */
export function countsConflict(x: Quantity, a: Claim, y: Quantity, b: Claim, memo?: TextMemo): boolean {
  const [ma, mb] = [countedModifiers(x, a, memo), countedModifiers(y, b, memo)];
  const onlyA = ma.filter((w) => !mb.includes(w));
  const onlyB = mb.filter((w) => !ma.includes(w));
  if (onlyA.length && onlyB.length) return false;
  if (onlyA.length) return exceeds(x, y);
  if (onlyB.length) return exceeds(y, x);
  return quantitiesConflict(x, y);
}
