// What an allegation hedges. "An allegedly drunk driver" hedges "drunk", "Subryan allegedly struck her" hedges
// "struck", "the suspected pirates" hedges "pirates": the first content word the hedge modifies. A certainty
// conflict needs the other outlet to state THAT term as fact; an outlet calling the driver "allegedly drunk"
// does not contradict one that only reports the crash.
import { analyseText, type TextToken } from './analyseText';
import { lemmatize } from '../lemmatize';

/** Hedges that turn a statement into an allegation (weak modals like "may" are not allegations). */
export const ALLEGATION = /^(alleged(ly)?|suspected|unconfirmed|reportedly|purported(ly)?|rumou?red)$/i;

/** Function words the hedge may skip to reach its term ("allegedly behind the wheel", "reportedly being"). */
const SKIPPABLE = new Set(['ADV', 'AUX', 'DET', 'PART', 'ADP', 'PRON', 'PUNCT', 'SCONJ', 'CCONJ']);
// Headlines are title-cased, so a hedged word there may be tagged a proper noun ("Allegedly Drunk Driver").
const CONTENT = new Set(['ADJ', 'VERB', 'NOUN', 'PROPN']);

/** A token as the engine compares it: its word and its lemma, so "struck"/"strike" and "drunk"/"drunk" meet. */
export function termsOf(token: TextToken): string[] {
  const word = token.lower.replace(/[’']s$/, '');
  return [...new Set([word, lemmatize(word)])];
}

export interface HedgedTerm {
  /** Word forms of the hedged term: ["drunk", "drink"]. */
  forms: string[];
  /** For a hedged action ("Subryan allegedly struck her"), the word forms of its subject: the allegation is
   * about who acted, so only a claim naming the same actor states it as fact. Empty when not a verb. */
  subject: string[];
}

/** The terms allegations hedge in `text`: "an allegedly drunk driver" -> drunk; "Subryan allegedly struck her"
 * -> struck, by Subryan. An action whose subject is a pronoun or missing gives nothing to compare. */
export function findHedgedTerms(text: string): HedgedTerm[] {
  const { tokens } = analyseText(text);
  const out: HedgedTerm[] = [];
  tokens.forEach((t, i) => {
    if (!ALLEGATION.test(t.lower)) return;
    for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
      const next = tokens[k];
      if (CONTENT.has(next.pos)) {
        // A participle before a noun describes it ("an allegedly intoxicated driver"): no actor involved.
        const modifier = next.pos !== 'VERB' || tokens[k + 1]?.pos === 'NOUN';
        if (modifier) out.push({ forms: termsOf(next), subject: [] });
        else {
          let s = i - 1;
          while (s >= 0 && (tokens[s].pos === 'AUX' || tokens[s].pos === 'ADV')) s--;
          if (s >= 0 && (tokens[s].pos === 'NOUN' || tokens[s].pos === 'PROPN'))
            out.push({ forms: termsOf(next), subject: termsOf(tokens[s]) });
        }
        return;
      }
      if (!SKIPPABLE.has(next.pos)) return;
    }
  });
  return out;
}

/** Word forms and lemmas of every content word in `text` (for "does the other outlet state this term?"). */
export function contentTerms(text: string): Set<string> {
  return new Set(
    analyseText(text)
      .tokens.filter((t) => CONTENT.has(t.pos))
      .flatMap(termsOf)
  );
}
