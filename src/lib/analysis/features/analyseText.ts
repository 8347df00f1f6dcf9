import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// wink-nlp: ~150 ms to load the model once per process, then >100k tokens/s for tokens, POS, lemmas and its
// numeric/date entity recogniser. Every feature reads the same cached analysis of a text.
const nlp = winkNLP(model);
const its = nlp.its;

export interface TextToken {
  text: string;
  /** UTF-16 offsets relative to the analysed text. */
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

export interface TextEntity {
  /** wink entity type: DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY, PERCENT, ... */
  type: string;
  /** Token index range, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface TextAnalysis {
  text: string;
  tokens: TextToken[];
  entities: TextEntity[];
}

const CACHE_SIZE = 256;
const cache = new Map<string, TextAnalysis>();

/** Tokens with offsets, POS, lemmas and wink's numeric entities; memoised for the last few hundred texts. */
export function analyseText(text: string): TextAnalysis {
  const hit = cache.get(text);
  if (hit) return hit;
  const analysis = runWink(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, analysis);
  return analysis;
}

function runWink(text: string): TextAnalysis {
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
  const entities: TextEntity[] = [];
  doc.entities().each((e: { out: (f: unknown) => unknown }) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const type = e.out(its.type) as string;
    if (tokens[first] && tokens[last]) {
      entities.push({ type, first, last, start: tokens[first].start, end: tokens[last].end });
    }
  });
  return { text, tokens, entities };
}
