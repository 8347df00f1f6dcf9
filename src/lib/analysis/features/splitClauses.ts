import type { Span } from '../types';
import { analyzeText, type TextMemo, type TextToken } from './analyzeText';
import { findQuotes } from './findQuotes';

/** Clause boundaries worth splitting at: the conjunction starts the right-hand clause. */
const JOINERS =
  /(;\s+)|(,\s+)(and|but|while|whereas|yet|although|though)\s+|\s(while|whereas)\s+|\s(and|but)\s+/gi;
/** Subjects that open a clause after a bare "and"/"but" ("... fled and officers arrested him"). */
const BARE_SUBJECT_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN']);
const NOUN_PHRASE_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Verbs that take a whole clause as object ("said [his ministry and the army were ...]"). */
const CLAUSE_VERBS =
  /^(?:say|tell|report|announce|claim|confirm|believe|think|know|conclude|add|state|insist|warn|deny|admit|allege|note|explain|suggest|show|find|reveal|fear|hope|expect)$/;
const SUBJECT_POS = new Set(['PRON', 'NOUN', 'PROPN', 'DET', 'NUM', 'ADJ']);
const MIN_CLAUSE_WORDS = 4;

/**
 * Splits a sentence into independent clauses where each side has its own subject and verb ("X happened, and Y
 * said Z"). Conservative: shared subjects ("attacked and killed"), lists and quoted speech are not split.
 * Spans are contiguous, whitespace trimmed, and `offset`-based.
 */
export function splitClauses(text: string, offset = 0, memo?: TextMemo): Span[] {
  const { tokens } = analyzeText(text, memo);
  const quotes = findQuotes(text);
  const cuts: number[] = [];
  for (const m of text.matchAll(JOINERS)) {
    // The right clause starts at the conjunction (or after the semicolon).
    const rightStart = m[1] ? m.index! + m[0].length : m[2] ? m.index! + m[2].length : m.index! + 1;
    const rightContent = m.index! + m[0].length;
    if (quotes.some((q) => m.index! > q.start && m.index! < q.end)) continue;
    const left = tokens.filter((t) => t.start >= (cuts[cuts.length - 1] ?? 0) && t.end <= m.index!);
    const right = tokens.filter((t) => t.start >= rightContent);
    if (!hasClause(left, false) || !hasSubjectThenVerb(right)) continue;
    // Without a comma, only a clearly new clause: a noun-phrase subject and its verb within five tokens, after
    // a left side long enough not to be part of a list ("Tirana and Tehran have had ...").
    if (m[5] && !bareClause(left, right)) continue;
    cuts.push(rightStart);
  }
  const spans: Span[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    let s = start;
    let e = cut;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: offset + s, end: offset + e });
    start = cut;
  }
  return spans;
}

function bareClause(left: TextToken[], right: TextToken[]): boolean {
  if (words(left) < 5 || !BARE_SUBJECT_POS.has(right[0]?.pos ?? '')) return false;
  // "said his ministry and the army were not affected": after the left side's last verb comes only a noun
  // phrase, so "and" joins two subjects of one clause.
  let lastVerb = left.length - 1;
  while (lastVerb >= 0 && left[lastVerb].pos !== 'VERB' && left[lastVerb].pos !== 'AUX') lastVerb--;
  const tail = left.slice(lastVerb + 1);
  const framing = lastVerb >= 0 && CLAUSE_VERBS.test(left[lastVerb].lemma);
  if (framing && tail.length > 0 && tail.length <= 4 && tail.every((t) => NOUN_PHRASE_POS.has(t.pos)))
    return false;
  if (right[0].pos === 'PRON' && !/^(?:he|she|they|it|we|i|you)$/i.test(right[0].text)) return false;
  const verbAt = right.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return (
    verbAt > 0 && verbAt <= 4 && !right.slice(0, verbAt).some((t) => t.pos === 'PUNCT' || t.pos === 'ADP')
  );
}

function words(tokens: TextToken[]): number {
  return tokens.filter((t) => t.type === 'word').length;
}

function hasClause(tokens: TextToken[], subjectFirst: boolean): boolean {
  if (words(tokens) < MIN_CLAUSE_WORDS) return false;
  return subjectFirst ? hasSubjectThenVerb(tokens) : tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** The clause opens with its own subject followed by a finite verb before any comma. */
function hasSubjectThenVerb(tokens: TextToken[]): boolean {
  if (words(tokens) < MIN_CLAUSE_WORDS) return false;
  let sawSubject = false;
  for (const t of tokens.slice(0, 8)) {
    if (t.pos === 'VERB' || t.pos === 'AUX') return sawSubject;
    if (t.text === ',' || t.text === ';') return false;
    if (SUBJECT_POS.has(t.pos)) sawSubject = true;
    else if (!['ADV', 'ADP', 'PUNCT', 'CCONJ', 'SCONJ', 'PART'].includes(t.pos)) return false;
  }
  return false;
}
