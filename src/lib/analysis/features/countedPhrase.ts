// The noun phrase a figure counts ("two teenaged children", "27 overseas booths", "four police officers"), read
// the one way both the extractor (findQuantities: the counted noun) and the value comparison (countedSets: the
// words that narrow it) read it.
import type { TextToken } from './analyzeText';

export interface CountedPhrase {
  /** Lower-cased adjectives, names and nouns of the phrase, in order. */
  words: string[];
  /** Index in `words` of its head (the last noun), or -1 when the phrase has no noun. */
  head: number;
  /** Index of the first token after the phrase. */
  end: number;
}

/** Token index where a figure's noun phrase starts, after an optional "of (the)" ("six of the victims"). */
export function phraseStart(tokens: readonly TextToken[], i: number): number {
  if (tokens[i]?.lower !== 'of') return i;
  return i + (tokens[i + 1]?.lower === 'the' ? 2 : 1);
}

/**
 * The counted noun phrase from token i: at most four words, adjectives and names before the nouns, a compound's
 * last noun its head ("police officers" -> officers). A lower-case word the tagger calls a name counts as a noun.
 */
export function countedPhrase(tokens: readonly TextToken[], i: number): CountedPhrase {
  const words: string[] = [];
  let head = -1;
  let k = i;
  for (; k < tokens.length && k < i + 4; k++) {
    const t = tokens[k];
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && /^\p{Ll}/u.test(t.text))) {
      head = words.length;
      words.push(t.lower);
    } else if (t.pos === 'ADJ' || t.pos === 'PROPN' || t.text === '-') {
      if (head >= 0) break;
      if (t.text !== '-') words.push(t.lower);
    } else break;
  }
  return { words, head, end: k };
}
