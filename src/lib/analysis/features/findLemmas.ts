import type { Span } from '../types';
import { CARDINAL_WORDS } from '../lexicon/numbers';
import { analyzeText, type TextMemo } from './analyzeText';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
const WORD_NUMBER: Record<string, number> = { ...CARDINAL_WORDS, dozen: 12 };
/** Light verbs and reporting verbs carry no topic. */
const EMPTY = new Set([
  'say',
  'tell',
  'be',
  'have',
  'do',
  'get',
  'make',
  'also',
  'then',
  'now',
  'just',
  'very',
  'so',
  'well',
  'even',
  'still'
]);

/**
 * Content-word lemmas, lower-case, stop words removed; numbers become "#3000" tokens so that "3,000" and
 * "3000" match. Tokens inside `skip` spans (relative to `text`, e.g. dates that get their own token) are left out.
 */
export function findLemmas(text: string, skip: Span[] = [], memo?: TextMemo): string[] {
  const { tokens } = analyzeText(text, memo);
  const out: string[] = [];
  for (const t of tokens) {
    if (skip.some((s) => t.start >= s.start && t.end <= s.end)) continue;
    if (t.type === 'number' || t.pos === 'NUM') {
      const n = /^[\d,.]+$/.test(t.text) ? Number(t.text.replace(/,/g, '')) : WORD_NUMBER[t.lower];
      if (n !== undefined && Number.isFinite(n)) out.push(`#${n}`);
      continue;
    }
    if (t.type !== 'word' || t.stop || !CONTENT.has(t.pos)) continue;
    // Names keep their own form (wink would turn "RT" into "retweet").
    const lemma =
      t.pos === 'PROPN' || /^\p{Lu}{2,}$/u.test(t.text) ? t.lower : (t.lemma || t.lower).toLowerCase();
    if (lemma.length < 2 || EMPTY.has(lemma)) continue;
    out.push(lemma);
  }
  return out;
}
