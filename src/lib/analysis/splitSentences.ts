import type { SentenceSpan } from './types';
import { AMBIGUOUS_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './lexicon/abbreviations';

/** Sentence-final punctuation followed by any closing quotes or brackets. */
const TERMINATOR = /(?:\.{2,}|…|[.!?]+)["'”’»)\]]*/g;
const PARAGRAPH_BREAK = /\r?\n[ \t\r\f\v]*\r?\n\s*/g;
const LINE_BREAK = /\r?\n/g;
/** A line ending like this continues on the next one ("well-" + "known" is a hyphen broken by wrapping). */
const ENDS_LINE_OPEN = /(?:[,(/&]|\p{L}-)$/u;
const LOWER = /\p{Ll}/u;
/** A lower-case line that is a dateline or timestamp of its own ("on April 30, 2008 at 4:31 AM"). */
const STARTS_DATELINE = /^(?:on|at|by|posted|updated|published|last updated)\b/;
const NO_FINAL_WORD = /^(?:of|at|to|the|a|an|by|from|than|and|or|about|around|nearly|approximately)$/i;
const SPEECH_TAG =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|asked|asks|told|added|replied|wrote|tweeted|explained|continued)\b/u;
const SENTENCE_START = /^[\p{Lu}\p{N}@#$£€]/u;
const OPENING_MARKS = /^["'“‘«(\[]+/;
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * Splits English news text into sentences, as UTF-16 spans of the original text (whitespace trimmed out).
 * Blank lines separate paragraphs; a line without final punctuation (headline, dateline, byline) is a sentence of
 * its own unless the next line visibly continues it (starts lower-case).
 */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let paragraph = 0;
  for (const [pStart, pEnd] of ranges(text, 0, text.length, PARAGRAPH_BREAK)) {
    const before = sentences.length;
    for (const [bStart, bEnd] of lineBlocks(text, pStart, pEnd))
      splitBlock(text, bStart, bEnd, paragraph, sentences);
    if (sentences.length > before) paragraph++;
  }
  return sentences.flatMap((s) => capLength(text, s));
}

/**
 * Longest sentence unit, in characters. News sentences stay well below it; a run without punctuation (a pasted
 * table, a transcript, a broken page) is cut into units of at most this length, so the cost of everything done
 * per sentence stays linear in the article's length however the text is punctuated.
 */
export const MAX_SENTENCE = 1000;

/** A sentence longer than MAX_SENTENCE, cut at the last clause break (, ; : or a dash) or else space before it. */
function capLength(text: string, sentence: SentenceSpan): SentenceSpan[] {
  if (sentence.end - sentence.start <= MAX_SENTENCE) return [sentence];
  const out: SentenceSpan[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    // Prefer a clause break in the second half of the window, then any space, then a hard cut.
    const clause = Math.max(...[', ', '; ', ': ', ' - ', ' – '].map((b) => window.lastIndexOf(b)));
    const space = window.lastIndexOf(' ');
    const cut = clause > MAX_SENTENCE / 2 ? clause + 1 : space > MAX_SENTENCE / 2 ? space : MAX_SENTENCE;
    out.push({ start, end: start + window.slice(0, cut).trimEnd().length, paragraph: sentence.paragraph });
    start += cut;
    while (start < sentence.end && /\s/.test(text[start])) start++;
  }
  if (start < sentence.end) out.push({ start, end: sentence.end, paragraph: sentence.paragraph });
  return out;
}

/** Ranges between separator matches. */
function ranges(text: string, start: number, end: number, separator: RegExp): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(separator.source, 'g');
  re.lastIndex = start;
  let from = start;
  for (let m; (m = re.exec(text)) && m.index < end;) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, end]);
  return out;
}

/** Lines of a paragraph, merged where a line visibly continues the previous one (hard-wrapped text). */
function lineBlocks(text: string, start: number, end: number): [number, number][] {
  const blocks: [number, number][] = [];
  for (const [ls, le] of ranges(text, start, end, LINE_BREAK)) {
    const line = text.slice(ls, le).trim();
    if (!line) continue;
    const last = blocks[blocks.length - 1];
    if (last) {
      const prev = text.slice(last[0], last[1]).trimEnd();
      const startsLower = LOWER.test(line[0]);
      const prevTerminated = /[.!?…:]["'”’»)\]]*$/.test(prev);
      const startsDateline = STARTS_DATELINE.test(line);
      if ((startsLower && !prevTerminated && !startsDateline) || ENDS_LINE_OPEN.test(prev)) {
        last[1] = le;
        continue;
      }
    }
    blocks.push([ls, le]);
  }
  return blocks;
}

function splitBlock(text: string, start: number, end: number, paragraph: number, out: SentenceSpan[]): void {
  let sentenceStart = start;
  const re = new RegExp(TERMINATOR.source, 'g');
  re.lastIndex = start;
  for (let m; (m = re.exec(text)) && m.index < end;) {
    let boundary = m.index + m[0].length;
    if (boundary >= end) break;
    if (!/\s/.test(text[boundary])) continue;
    // A straight quote standing alone after the period closes the quotation ('orchestra. "'); so does one
    // detached by a space while a quotation is open ('ground? "Eyewitness News asked').
    const lone = /^\s+"(?=\s|$)/.exec(text.slice(boundary, Math.min(end, boundary + 4)));
    const detached = /^\s+"(?=\p{Lu})/u.exec(text.slice(boundary, Math.min(end, boundary + 4)));
    // Only a question or exclamation keeps its speech tag; after a period the tag starts a new sentence.
    const asks = /[?!]/.test(m[0]);
    let closesQuote = asks && /["”’]$/.test(m[0]);
    if (lone && boundary + lone[0].length <= end) {
      boundary += lone[0].length;
      closesQuote = asks;
    } else if (
      asks &&
      detached &&
      countQuotes(text, sentenceStart, boundary) % 2 === 1 &&
      SPEECH_TAG.test(text.slice(boundary + detached[0].length, Math.min(end, boundary + 60)))
    ) {
      continue;
    }
    // '"Are you hurt?" Smith asked.': a quotation followed by its speech tag is one sentence.
    if (closesQuote && SPEECH_TAG.test(text.slice(boundary, Math.min(end, boundary + 60)))) continue;
    let next = boundary;
    while (next < end && /\s/.test(text[next])) next++;
    if (next >= end) break;
    if (!isBoundary(text, m.index, m[0], next, end)) continue;
    push(text, sentenceStart, boundary, paragraph, out);
    sentenceStart = next;
    re.lastIndex = next;
  }
  push(text, sentenceStart, end, paragraph, out);
}

function countQuotes(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text[i] === '"') n++;
  return n;
}

function isBoundary(text: string, at: number, terminator: string, next: number, end: number): boolean {
  const nextWord = (/^\S+/.exec(text.slice(next, Math.min(end, next + 40)))?.[0] ?? '').replace(
    OPENING_MARKS,
    ''
  );
  if (!nextWord || !SENTENCE_START.test(nextWord)) return false;
  if (terminator[0] !== '.' || terminator.startsWith('..')) return true;
  // The word the period is attached to.
  let wordStart = at;
  while (wordStart > 0 && !/\s/.test(text[wordStart - 1])) wordStart--;
  // A decimal broken by a space ("0. 07 percent", "At 9. 25 a. m.", "a limit of. 08") is not a boundary.
  if (
    /^\d/.test(nextWord) &&
    (/\d$/.test(text.slice(at - 1, at)) || NO_FINAL_WORD.test(text.slice(wordStart, at)))
  ) {
    return false;
  }
  const word = text
    .slice(wordStart, at)
    .replace(OPENING_MARKS, '')
    .replace(/^.*[-–—/]/, ''); // "Aoraki-Mt.
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. R. R. Tolkien"
  if (AMBIGUOUS_ABBREVIATIONS.has(lower) || DOTTED_ABBREVIATION.test(word) || /^\p{Ll}$/u.test(word)) {
    return SENTENCE_OPENERS.has(nextWord.toLowerCase().replace(/[^\p{L}]+$/u, ''));
  }
  return true;
}

function push(text: string, start: number, end: number, paragraph: number, out: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  const last = out[out.length - 1];
  // Stray punctuation ("”", "-") belongs to the sentence before it.
  if (last && last.paragraph === paragraph && !/[\p{L}\p{N}]/u.test(text.slice(start, end))) {
    last.end = end;
    return;
  }
  out.push({ start, end, paragraph });
}
