import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// wink-nlp: ~150 ms to load the model once per process, then ~100k tokens/s for tokens, POS and lemmas.
// Every feature reads the same cached analysis of a text.
// Only the steps the features read: sentence breaks and POS (lemmas come with POS); no sentiment or NER.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface TextToken {
  text: string;
  /** UTF-16 offsets relative to the analyzed text. */
  start: number;
  end: number;
  /** Universal POS tag (NOUN, PROPN, VERB, AUX, NUM, ...). */
  pos: string;
  lemma: string;
  lower: string;
  stop: boolean;
  /** wink token type: word, number, punctuation, ... */
  type: string;
}

export interface TextAnalysis {
  text: string;
  tokens: TextToken[];
}

/**
 * wink's analyses by text, owned by the caller (extractClaims makes one per article; the engine keeps one in its
 * EngineContext): analyzeSpans fills it with slices of a whole-article pass, and every feature function that is
 * given it reads the same analysis instead of running wink again. Bounded: the oldest entries go first.
 */
export type TextMemo = Map<string, TextAnalysis>;

const MEMO_SIZE = 8192;

function remember(memo: TextMemo, text: string, analysis: TextAnalysis): void {
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  memo.set(text, analysis);
}

/** Tokens with offsets, POS and lemmas; read from and kept in `memo` when one is given. */
export function analyzeText(text: string, memo?: TextMemo): TextAnalysis {
  const hit = memo?.get(text);
  if (hit) return hit;
  const analysis = runWink(text);
  if (memo) remember(memo, text, analysis);
  return analysis;
}

/**
 * Analyses a whole article once and caches the analysis of each span as if it had been analyzed alone: wink's
 * per-call overhead makes one pass over the article several times faster than one call per sentence.
 */
export function analyzeSpans(text: string, spans: { start: number; end: number }[], memo: TextMemo): void {
  const todo = spans.filter((s) => !memo.has(text.slice(s.start, s.end)));
  if (todo.length === 0) return;
  const whole = analyzeText(text, memo);
  const n = whole.tokens.length;
  for (const span of todo) {
    // First token starting at or after the span (binary search).
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (whole.tokens[mid].start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    let last = first;
    while (last < n && whole.tokens[last].end <= span.end) last++;
    // A token straddling the span's edge means its tokenisation differs from a standalone run: leave it to that.
    if (
      (last < n && whole.tokens[last].start < span.end) ||
      (first > 0 && whole.tokens[first - 1].end > span.start)
    ) {
      continue;
    }
    const shift = (x: number) => x - span.start;
    const tokens = whole.tokens
      .slice(first, last)
      .map((tok) => ({ ...tok, start: shift(tok.start), end: shift(tok.end) }));
    remember(memo, text.slice(span.start, span.end), { text: text.slice(span.start, span.end), tokens });
  }
}

/**
 * Longest run of non-space characters wink sees as one token. wink's cost grows with the square of a token's
 * length (a 1,000-character token takes ~3 ms, a 60,000-character one 9 s), so a text without spaces (a pasted
 * hash, a broken page) is tokenised in pieces of this length: every MAX_TOKEN+1-th character of a longer run is
 * read as a space. Offsets stay those of the text; real words and URLs are shorter.
 */
export const MAX_TOKEN = 200;
const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN + 1},}`, 'g');
const PIECE = new RegExp(`(\\S{${MAX_TOKEN}})\\S`, 'g');

function runWink(original: string): TextAnalysis {
  const text = original.replace(LONG_RUN, (run) => run.replace(PIECE, '$1 '));
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // The lemma `its` function takes an addons argument that wink's own typings do not fit into ItsFunction.
  const lemmas = doc
    .tokens()
    .out(its.lemma as unknown as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: TextToken[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    // wink keeps the original characters of each token; find them to recover offsets.
    let start = text.indexOf(word, cursor);
    if (start < 0) start = cursor;
    const end = Math.min(text.length, start + word.length);
    cursor = end;
    tokens.push({
      text: word,
      start,
      end,
      pos: pos[i],
      lemma: lemmas[i],
      lower: word.toLowerCase(),
      stop: stops[i],
      type: types[i]
    });
  });
  return { text: original, tokens };
}
