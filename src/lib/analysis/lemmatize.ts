// Lemmatisation and synonymy from the compact WordNet lexicon (model/lexicon.json, built by scripts/build-lexicon.ts).
import lexicon from './model/lexicon.json';

const WORDS = lexicon.words as Record<string, number[]>;
const IRREGULAR = lexicon.irregular as Record<string, string>;

// WordNet's "morphy" detachment rules, tried in order; the first candidate that is a known lemma wins.
const SUFFIX_RULES: [string, string][] = [
  ['ies', 'y'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['sses', 'ss'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ses', 's'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ied', 'y'],
  ['ed', 'e'],
  ['ed', ''],
  ['ying', 'ie'],
  ['ing', 'e'],
  ['ing', ''],
  ['ier', 'y'],
  ['iest', 'y'],
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
  ['ly', '']
];

/** Dictionary form of a lower-case word ("struck" -> "strike", "quakes" -> "quake", "stopped" -> "stop"). */
export function lemmatize(word: string): string {
  return findLemma(word.toLowerCase());
}

function findLemma(w: string): string {
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length <= 3) return w;
  // "killing" and "reported" are WordNet nouns/adjectives too; the verb reading matters more for matching events.
  if (w in WORDS && !/(ing|ed)$/.test(w)) return w;
  for (const [suffix, replacement] of SUFFIX_RULES) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 2) continue;
    const stem = w.slice(0, w.length - suffix.length);
    const candidate = stem + replacement;
    if (candidate in WORDS) return candidate;
    // Doubled final consonant: "stopped" -> "stop", "running" -> "run".
    if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(stem) && stem.slice(0, -1) in WORDS)
      return stem.slice(0, -1);
  }
  if (w in WORDS) return w;
  // Unknown word (often a name or jargon): strip a plain plural only.
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 4) return w.slice(0, -1);
  return w;
}

/** WordNet synset ids of a lemma's most frequent senses (verbs also their direct hypernyms); empty if unknown. */
export function synsetsOf(lemma: string): readonly number[] {
  return WORDS[lemma] ?? [];
}

/** Whether a lemma of `a` is a lemma of `b` or shares a WordNet synset with one. */
export function shareMeaning(a: readonly string[], b: readonly string[]): boolean {
  const synonyms = new Set(a.flatMap((w) => synsetsOf(w)));
  return b.some((w) => a.includes(w) || synsetsOf(w).some((id) => synonyms.has(id)));
}
