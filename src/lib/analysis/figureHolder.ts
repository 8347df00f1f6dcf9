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

/** "have" as a main verb, which the tagger may read as an auxiliary. */
const HAVE = /^(?:has|have|had)$/;

/** A possessive after a name: "Charles' 226 yards", "Klitschko's 51 knockouts". */
const POSSESSIVE = new Set(["'s", "'", '’s', '’']);

/** Tokens that may stand between a subject and its verb ("Hillis also added", "Charles had rushed"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'ADV', 'PART']);

/** Tokens of the verb's complement before the figure ("rushed for 226", "improved to 58-3 (51 KO)"). */
const COMPLEMENT = new Set(['ADP', 'DET', 'ADJ', 'ADV', 'NUM', 'PUNCT', 'SYM', 'PART']);

const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/;

/** A common noun of a short object between the verb and the figure's preposition ("finished the game with 20
 * points", "ended his career with 2,290 points"): a determiner or possessive opens it right before. */
function objectNoun(tokens: TextToken[], k: number): boolean {
  if (POSSESSIVE_PRONOUN.test(tokens[k].lower)) return tokens[k + 1]?.pos === 'NOUN';
  if (tokens[k].pos !== 'NOUN') return false;
  const before = tokens[k - 1];
  return (
    !!before && (before.pos === 'DET' || (before.pos === 'PRON' && POSSESSIVE_PRONOUN.test(before.lower)))
  );
}

/** The noun of a hyphened figure before the figure ("an eight-year, $160 million offer"). */
function hyphenedNoun(tokens: TextToken[], k: number): boolean {
  return tokens[k].pos === 'NOUN' && tokens[k - 1]?.text === '-' && tokens[k - 2]?.pos === 'NUM';
}

/**
 * Back over a named indirect object to its verb: "the Nationals made Teixeira an eight-year, $160 million offer",
 * "the Red Sox made first baseman Mark Teixeira an offer", "the Yankees paid Sabathia $161 million". The figure's
 * phrase must open right after the name (a determiner or a currency sign): "arrested Smith, 35" gives Smith's age.
 * Returns k unchanged when token k ends no such name.
 */
function pastIndirectObject(tokens: TextToken[], k: number): number {
  if (k < 0 || tokens[k].pos !== 'PROPN' || !/^(?:DET|SYM)$/.test(tokens[k + 1]?.pos ?? '')) return k;
  let j = k;
  while (j >= 0 && tokens[j].pos === 'PROPN') j--;
  // A title before the name ("first baseman Mark Teixeira").
  for (let n = 0; n < 3 && j >= 0 && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ'); n++) j--;
  return j >= 0 && tokens[j].pos === 'VERB' ? j : k;
}

interface Holder {
  /** The lower-cased last word of the name ("Peyton Hillis" -> "hillis"). */
  name: string;
  /** Whether the name reads as a person's: see personLike. */
  person: boolean;
}

/** The proper-noun run ending at token k, if any. */
function nameEndingAt(tokens: TextToken[], k: number, c: Claim): Holder | undefined {
  if (k < 0 || tokens[k].pos !== 'PROPN') return undefined;
  return { name: tokens[k].lower, person: personLike(tokens, k, c) };
}

/**
 * Whether the name ending at token k is a person's: typed so by the extractor, or not typed as an organisation or
 * place and either of two words ("Tyler Hansbrough") or inside the sentence. A capitalised first word alone may
 * be any noun ("Turnout reached 93 percent").
 */
function personLike(tokens: TextToken[], k: number, c: Claim): boolean {
  const name = tokens[k].lower;
  const typed = c.entities.find((e) => e.norm.split(/\s+/).includes(name));
  if (typed) return typed.type === 'person';
  return k > 0;
}

/**
 * The named holder of figure `q` in claim `c` (the last word of the name, lower case), or undefined when the
 * sentence does not say it plainly.
 */
export function figureHolder(q: Quantity, c: Claim, memo?: TextMemo): string | undefined {
  return holderOf(q, c, memo)?.name;
}

function holderOf(q: Quantity, c: Claim, memo?: TextMemo): Holder | undefined {
  const tokens = analyzeText(c.text, memo).tokens;
  const at = tokens.findIndex((t) => t.start >= q.start - c.start);
  if (at < 0) return undefined;
  return holderBefore(tokens, at, c) ?? beneficiaryAfter(tokens, q, c);
}

/** Words of the figure's own noun phrase after it ("$70 million contract", "five-year deal"). */
const FIGURE_PHRASE = new Set(['NUM', 'NOUN', 'ADJ', 'SYM']);

/**
 * The name a figure's noun phrase is for: "a five-year, $70 million contract for J. D. Drew" is Drew's, as "offered
 * Teixeira a $160 million contract" is Teixeira's (pastIndirectObject).
 */
function beneficiaryAfter(tokens: TextToken[], q: Quantity, c: Claim): Holder | undefined {
  let k = tokens.findIndex((t) => t.start >= q.end - c.start);
  if (k < 0) return undefined;
  for (let n = 0; n < 3 && k < tokens.length && FIGURE_PHRASE.has(tokens[k].pos); n++) k++;
  if (tokens[k]?.lower !== 'for' || tokens[k + 1]?.pos !== 'PROPN') return undefined;
  let end = k + 1;
  while (
    tokens[end + 1]?.pos === 'PROPN' ||
    (tokens[end + 1]?.text === '.' && tokens[end + 2]?.pos === 'PROPN')
  )
    end++;
  return nameEndingAt(tokens, end, c);
}

/** The holder the sentence names before the figure: its possessor, or the subject of the verb it follows. */
function holderBefore(tokens: TextToken[], at: number, c: Claim): Holder | undefined {
  if (at === 0) return undefined;
  if (POSSESSIVE.has(tokens[at - 1].lower)) return nameEndingAt(tokens, at - 2, c);
  // Back over the verb's complement to the verb, then over adverbs and auxiliaries to its subject.
  let k = at - 1;
  while (k >= 0 && (COMPLEMENT.has(tokens[k].pos) || objectNoun(tokens, k) || hyphenedNoun(tokens, k))) k--;
  // "Klitschko (52-3, 46 KOs)": a figure in parentheses right after a name is that name's record.
  if (
    tokens[k]?.pos === 'PROPN' &&
    tokens[k + 1].text === '(' &&
    !tokens.slice(k + 2, at).some((t) => t.text === ')')
  )
    return nameEndingAt(tokens, k, c);
  k = pastIndirectObject(tokens, k);
  // "had 12 points": the tagger reads a main "had" as an auxiliary.
  if (k < 0 || !(tokens[k].pos === 'VERB' || (tokens[k].pos === 'AUX' && HAVE.test(tokens[k].lower))))
    return undefined;
  if (REPORTING_VERB_SET.has(tokens[k].lower) || SOURCE_VERBS.has(tokens[k].lemma)) return undefined;
  k--;
  while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.has(tokens[k].pos)) k--;
  return nameEndingAt(tokens, k, c);
}

/**
 * Whether two figures may be values of one slot: their holders are one (or two spellings of one name, which
 * nameVariants reports), or neither is said, or the one that is said is not a person's name. With `named`, both
 * holders must be said and be one (a player's tally: lexicon/tallies.ts).
 */
export function sameHolder(
  x: Quantity,
  a: Claim,
  y: Quantity,
  b: Claim,
  memo?: TextMemo,
  named = false
): boolean {
  const [hx, hy] = [holderOf(x, a, memo), holderOf(y, b, memo)];
  if (hx && hy) return sameSurname(hx.name, hy.name);
  if (named) return false;
  // One side names a person whose figure it is and the other names nobody: a player's tally ("Vaughn finished
  // with 16 points") is not known to be the figure another sentence gives without a name ("he scored 20 points").
  // A name typed as an organisation or a place, or a capitalised first word, is not taken for a person's
  // (personLike), so "Oracle will pay $7.4 billion" stays comparable with an unnamed buyer's price.
  return !(hx ?? hy)?.person;
}
