// A light, text-only view of one sentence used by the pair model (lemmas, names, numbers, date words). It is
// computed from the text alone so that comparePair on free sentences, training on ECB+ and the claim engine
// all see exactly the same features.
import { lemmatize, synsetsOf } from './lemmatize';
import { CARDINAL_WORDS } from './lexicon/numbers';

export interface SentenceProfile {
  /** Content lemmas in order (stop words, punctuation and numbers removed). */
  lemmas: string[];
  /** Lower-cased capitalised word sequences not at the very start of the sentence ("san francisco", "nato"). */
  entities: string[];
  /** Numbers as canonical strings ("5", "4.6", "1200"), number words included. */
  numbers: string[];
  /** Month, weekday and year words ("march", "thursday", "2013"). */
  dates: string[];
  negated: boolean;
  tokenCount: number;
  /** Synset ids per lemma (same order as lemmas). */
  synsets: (readonly number[])[];
  /** Every synset id of every lemma, for fast synonym look-up. */
  synsetSet: Set<number>;
  /** Distinct lemmas, and adjacent lemma pairs ("police said"): computed once here, read by every pair. */
  lemmaSet: Set<string>;
  bigramSet: Set<string>;
}

export const STOPWORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with about as into onto upon over under after before
  between through during without within along across against among around behind beyond near off out up down than
  then that this these those there here it its it's he she they them their his her him we us our you your i me my
  mine who whom whose which what when where why how is am are was were be been being have has had having do does
  did doing will would shall should can could may might must also just only very too more most much many some any
  all each every both either neither such own same other another again further once not no yes if because while
  until unless although though whether says said say told tell according mr mrs ms dr st am pm p.m a.m s
  new one`
    .split(/\s+/)
    .filter(Boolean)
);

// "one" is left out: it is mostly a pronoun ("one of the victims"), and a stop word above.
const { one: _one, ...NUMBER_WORDS } = CARDINAL_WORDS;

const DATE_WORDS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
  tomorrow`
    .split(/\s+/)
    .filter(Boolean)
);

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  "n't",
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'denied',
  'denies',
  'deny'
]);

const TOKEN = /[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,]*(?:\.\d+)?|n't/g;

export function profileSentence(text: string): SentenceProfile {
  const tokens = text.match(TOKEN) ?? [];
  const lemmas: string[] = [];
  const entities: string[] = [];
  const numbers: string[] = [];
  const dates: string[] = [];
  let negated = false;
  let entity: string[] = [];
  const flushEntity = () => {
    if (entity.length) entities.push(entity.join(' '));
    entity = [];
  };
  tokens.forEach((raw, i) => {
    const token = raw.replace(/[’]/g, "'").replace(/'s$/i, '').replace(/\.$/, '');
    const lower = token.toLowerCase();
    if (NEGATIONS.has(lower) || lower.endsWith("n't")) {
      negated = true;
      if (lower.endsWith("n't")) return;
    }
    if (/^\d/.test(token)) {
      flushEntity();
      const n = token.replace(/,/g, '');
      numbers.push(String(Number(n)));
      if (/^(1[89]|20)\d\d$/.test(n)) dates.push(n);
      return;
    }
    if (lower in NUMBER_WORDS) {
      flushEntity();
      numbers.push(String(NUMBER_WORDS[lower]));
      return;
    }
    if (DATE_WORDS.has(lower) && !(lower === 'may' && !/^M/.test(token))) {
      flushEntity();
      dates.push(lower.slice(0, 3));
      return;
    }
    const capitalised = /^[A-Z]/.test(token);
    const sentenceStart = i === 0 || /^["'(]/.test(tokens[i - 1] ?? '');
    if (
      capitalised &&
      !(sentenceStart && STOPWORDS.has(lower)) &&
      !(STOPWORDS.has(lower) && entity.length === 0)
    ) {
      entity.push(lower);
    } else {
      flushEntity();
    }
    if (STOPWORDS.has(lower) || lower.length < 2) return;
    lemmas.push(capitalised && !sentenceStart ? lower : lemmatize(lower));
  });
  flushEntity();
  const synsets = lemmas.map((l) => synsetsOf(l));
  return {
    lemmas,
    entities: [...new Set(entities)],
    numbers: [...new Set(numbers)],
    dates: [...new Set(dates)],
    negated,
    tokenCount: tokens.length,
    synsets,
    synsetSet: new Set(synsets.flat()),
    lemmaSet: new Set(lemmas),
    bigramSet: new Set(lemmas.slice(1).map((l, i) => lemmas[i] + ' ' + l))
  };
}
