// The word-overlap baseline every engine score is printed beside. Deliberately simple: if the engine cannot beat
// these few lines, its machinery is not earning its keep.

import type { Span } from '../../src/lib/analysis/types';

// Baseline thresholds, fixed before looking at dev scores, from ECB+ train topics (`npm run eval -- --tune`).
/** Best train ARI (0.73; 0.12 -> 0.47, 0.2 -> 0.60). */
export const BASELINE_CLUSTER_THRESHOLD = 0.16;
/**
 * Train F1 of coreference alignment only rises as the threshold falls (0.2 -> 0.42, 0.1 -> 0.69, 0.01 -> 0.84),
 * because most cross-document pairs of gold-selected sentences share the seminal event: the best threshold is
 * "align everything". 0.1 keeps a baseline that still tells pairs apart.
 */
export const BASELINE_ALIGN_THRESHOLD = 0.1;

/** Sentence ends: [.!?] (plus closing quotes/brackets) followed by whitespace and a capital, and every newline. */
export function baselineSplitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]["'”’)\]]*(?=\s+["'“‘(]?[A-Z])|\n/g;
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trimmedEnd = start + piece.trimEnd().length;
    if (trimmedEnd > start + lead) spans.push({ start: start + lead, end: trimmedEnd });
  };
  for (let m; (m = boundary.exec(text));) {
    push(m[0] === '\n' ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}

const STOPWORDS = new Set(
  (
    'a an the and or but if then of to in on at by for with from as into onto over under about after before ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'it its this that these those there here he she they we you i me him her them us our their his my your ' +
    'not no so than too very just also said says say according who whom whose which what when where why how ' +
    'all any some more most other such only own same up down out off again further once s t'
  ).split(' ')
);

/** Lower-cased words and numbers of a text. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Words that are not stopwords. */
export function contentWords(text: string): Set<string> {
  return new Set(words(text).filter((w) => !STOPWORDS.has(w)));
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Single-link clustering of texts whose content-word Jaccard reaches the threshold; returns a label per text. */
export function baselineCluster(texts: string[], threshold = BASELINE_CLUSTER_THRESHOLD): number[] {
  const bags = texts.map(contentWords);
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < bags.length; i++) {
    for (let j = i + 1; j < bags.length; j++) {
      if (jaccard(bags[i], bags[j]) >= threshold) parent[find(i)] = find(j);
    }
  }
  return texts.map((_, i) => find(i));
}

/** Aligned: content-word Jaccard at or above the threshold. */
export function baselineAligned(
  a: Set<string>,
  b: Set<string>,
  threshold = BASELINE_ALIGN_THRESHOLD
): boolean {
  return jaccard(a, b) >= threshold;
}

const VERB_LIKE = new Set(
  (
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'said says say told tells announced reported confirmed denied killed died struck hit named host hosts ' +
    'arrested charged got get gets make makes made take takes took go goes went come came see saw found find'
  ).split(' ')
);

/** A word that looks like a verb: a common verb or an -ed / -ing form. */
function isVerbLike(word: string): boolean {
  return VERB_LIKE.has(word) || /^[a-z]{3,}(?:ed|ing)$/.test(word);
}

/** Non-claim: fewer than 4 words, or no verb-like word. */
export function baselineIsNonClaim(sentence: string): boolean {
  const ws = words(sentence);
  return ws.length < 4 || !ws.some(isVerbLike);
}

/** Numbers written with digits ("4.6", "1,200" -> "1200"). */
export function numbersIn(text: string): Set<string> {
  return new Set((text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, '')));
}

/** Conflict: both sentences give numbers and the sets differ. */
export function baselineNumbersDiffer(a: string, b: string): boolean {
  const x = numbersIn(a);
  const y = numbersIn(b);
  if (x.size === 0 || y.size === 0) return false;
  return x.size !== y.size || [...x].some((n) => !y.has(n));
}
