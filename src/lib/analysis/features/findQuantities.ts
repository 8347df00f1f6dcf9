import type { Quantity } from '../types';
import { analyzeText, type TextMemo } from './analyzeText';
import { countedPhrase, phraseStart } from './countedPhrase';
import { CHANGE_VERB } from '../lexicon/changeVerbs';
import { COUNTED_EVENTS, UNITS, VAGUE_AMOUNTS, WORD_NUMBERS, ORDINAL_WORDS } from '../lexicon/numbers';
import { OUTCOME_VERBS } from '../lexicon/outcomes';
import { PERSON_NOUNS } from '../lexicon/roles';

// Thousands separated by a comma, or by a comma and a space as machine-detokenized text has them ("2, 000ft",
// "170, 000-square-foot"): three digits after the comma, then no further digit.
// A decimal point followed by a space ("6. 1-magnitude") is machine-detokenized text too: inside one sentence a
// digit, a full stop and a digit cannot be a sentence end.
const DIGITS = String.raw`\d{1,3}(?:, ?\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\. ?\d+)?|\.\d+`;
const WORDS = Object.keys(WORD_NUMBERS)
  .filter((w) => w !== 'a' && w !== 'half')
  .join('|');
const NUMBER = String.raw`(?:${DIGITS}|(?:an?|half an?)\s(?:dozen|hundred|thousand|million|billion)|half|(?:${WORDS})(?:[- ](?:${WORDS}))*)`;
/** Scale words; abbreviations only glued to digits ("$5m", "3bn", "10k"). */
// "$2.6 million", and "$2.6-million" as some styles hyphenate it before a noun ("a $2.6-million heist").
const SCALE = String.raw`(?:[\s-]?(?:hundred|thousand|million|billion|trillion)\b|(?<=\d)(?:mln|bn|m|k)\b)`;
const CURRENCY = String.raw`(?:US\$|\$|£|€|¥|Rs\.?\s?)`;
const PERCENT = String.raw`(?:\s?(%|percent\b|per cent\b))`;
// Not inside a word, a figure or a name ("F-16"), but after "magnitude-" ("a magnitude-6.1 temblor").
const CORE = new RegExp(
  String.raw`(?:(?<![\w.,$£€-])|(?<=magnitude-))(${CURRENCY})?(${NUMBER})(${SCALE})?${PERCENT}?((?<=\d)(?:ft|km|kg|mph|lbs?|mi|cm|mm|[kmgt]b|[gm]hz|mp|mah))?(?![\w])`,
  'gi'
);
const RANGE_TAIL = new RegExp(
  String.raw`^\s?(-|–|to|and|or)\s?(${CURRENCY})?(${NUMBER})(${SCALE})?${PERCENT}?(?![\w])`,
  'i'
);
const ORDINAL = new RegExp(
  String.raw`\b(\d+(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join('|')})\b`,
  'gi'
);
const VAGUE = new RegExp(String.raw`\b(${Object.keys(VAGUE_AMOUNTS).join('|')})\b`, 'gi');

/** A fraction right after a whole number: "4 1/2", "4-1/2", "4½", "two and a half", "four-and-a-quarter". */
const FRACTION =
  /^(?:[\s-]?([1-9])\/([2-9]|1[0-6])(?![\d/])|\s?([½¼¾⅓⅔])|[\s-]+and[\s-]+(?:a|one)[\s-]+(half|quarter|third)\b)/i;
const GLYPHS: Record<string, number> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3 };
const PARTS: Record<string, number> = { half: 1 / 2, quarter: 1 / 4, third: 1 / 3 };

function fractionValue([, numerator, denominator, glyph, part]: RegExpExecArray): number {
  if (glyph) return GLYPHS[glyph];
  if (part) return PARTS[part.toLowerCase()];
  const value = Number(numerator) / Number(denominator);
  return value < 1 ? value : 0;
}

/** Words before a number that set its bound or mark it approximate. Longest first. */
const QUALIFIERS: [RegExp, { approx?: boolean; bound?: Quantity['bound'] }][] = [
  [
    /\b(?:at least|no (?:fewer|less) than|more than|over|upwards of|in excess of|above|exceeding|greater than)\s+$/i,
    { bound: 'min' }
  ],
  [
    /\b(?:at most|up to|no more than|fewer than|less than|under|below|as many as|a maximum of)\s+$/i,
    { bound: 'max' }
  ],
  [
    /\b(?:an estimated|estimated|about|around|approximately|roughly|nearly|almost|some|close to|circa|approx\.?|just over|just under|more or less|an approximate|or so)\s+$/i,
    { approx: true }
  ]
];
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/** Numbers with their unit, what they count and how exact they are; offsets are `offset`-based. */
export function findQuantities(text: string, offset = 0, memo?: TextMemo): Quantity[] {
  const out: Quantity[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const push = (q: Quantity) => {
    taken.push([q.start - offset, q.end - offset]);
    const kind = quantityKind(text, q.start - offset, q.end - offset, q.text);
    out.push(kind ? { ...q, kind } : q);
  };

  const core = new RegExp(CORE.source, 'gi');
  // "Nobody" is "no one" spelled as one word (of the same length, so every index holds).
  const scan = text.replace(/\b(n)obody\b/gi, '$1o one');
  for (let m; (m = core.exec(scan));) {
    let start = m.index;
    let end = start + m[0].length;
    const [, currency, first, scale, percent] = m;
    let value = parseNumber(first, scale);
    if (value === null) continue;
    // "No one was hurt" counts nobody: a toll of none, not of one.
    const nobody = /^one$/i.test(first) && /\bno[\s-]$/i.test(scan.slice(Math.max(0, start - 3), start));
    if (nobody) {
      value = 0;
      start -= 3;
    }
    // "4 1/2 months", "4½ years", "two and a half years": one figure with its fraction.
    const fraction = !scale && Number.isInteger(value) ? FRACTION.exec(text.slice(end)) : null;
    if (fraction) {
      value += fractionValue(fraction);
      end += fraction[0].length;
      core.lastIndex = end;
    }
    // Ranges: "5-7", "between 5 and 7", "one or two", "$1-2 million"; not scores ("3-1").
    let max: number | null = null;
    const tail = RANGE_TAIL.exec(text.slice(end));
    if (tail) {
      const [, joiner, , second, scale2, percent2] = tail;
      const upper = parseNumber(second, scale2 ?? scale);
      const joinerOk =
        joiner.toLowerCase() !== 'and' ||
        /\bbetween\s+\S*$/i.test(text.slice(Math.max(0, start - 12), start));
      // A share followed by a bare figure is a change and the level it reached ("fell 1.23 percent to 981.73"), as is
      // any figure right after a verb of change ("rose $2 to $95").
      const levelAfterShare =
        (!!percent && !percent2) ||
        (joiner.toLowerCase() === 'to' && CHANGED_BEFORE.test(text.slice(Math.max(0, start - 20), start)));
      if (
        upper !== null &&
        upper > value &&
        joinerOk &&
        !levelAfterShare &&
        !(joiner === '-' && /^\d{4}$/.test(first))
      ) {
        max = upper;
        end += tail[0].length;
        core.lastIndex = end;
        if (!scale && scale2) {
          // "$1-2 million": the scale applies to both.
          const scaled = parseNumber(first, scale2);
          if (scaled !== null && scaled < upper) m[3] = scale2;
        }
        if (percent2 && !percent) m[4] = percent2;
      }
    }
    const lowValue = m[3] !== scale ? (parseNumber(first, m[3]) ?? value) : value;
    if (isDateOrTime(text, start, end, first, max !== null ? String(max) : undefined)) continue;
    let unit =
      currencyUnit(currency ?? (max !== null ? tail?.[2] : undefined)) ??
      (m[4] ? 'percent' : m[5] ? UNITS[m[5].toLowerCase()] : undefined);
    let counted: string | undefined;
    let approx = false;
    let bound: Quantity['bound'] = 'exact';
    const before = text.slice(Math.max(0, start - 30), start);
    for (const [re, q] of QUALIFIERS) {
      const qm = re.exec(before);
      if (!qm) continue;
      start -= qm[0].length;
      if (q.approx) approx = true;
      if (q.bound) bound = q.bound;
      break;
    }
    const between = max !== null ? /\bbetween\s+$/i.exec(text.slice(Math.max(0, start - 9), start)) : null;
    if (between) start -= between[0].length;
    if (/^\s?(?:or so|or more|-plus|plus)\b/i.test(text.slice(end))) {
      const extra = /^\s?(?:or so|or more|-plus|plus)\b/i.exec(text.slice(end))![0];
      if (/more|plus/i.test(extra)) bound = 'min';
      else approx = true;
      end += extra.length;
    }
    // Unit or counted noun after the number: "4.6-magnitude", "two months", "3,000 members", "66-year-old".
    const after = text.slice(end, end + 60);
    const age =
      /^[- ]years?[- ]old\b/i.exec(after) ?? (isAgeApposition(text, start, end, value) ? [''] : null);
    if (age) {
      counted = 'age';
      unit = 'year';
      end += age[0].length;
    } else if (!unit) {
      // "square feet" is one unit, hyphenated or not.
      // "half a year": the unit after the article.
      const u =
        /^(?:-|\s)?(square[- ][a-z]+)/i.exec(after) ??
        (/^half$/i.test(first) ? /^\s+an?\s+([a-z]+)/i.exec(after) : null) ??
        /^(?:-|\s)?([a-z]+(?:-[a-z]+)?)/i.exec(after);
      const word = u?.[1].toLowerCase().replace(' ', '-');
      if (word && UNITS[word]) {
        unit = UNITS[word];
        end += u![0].length;
        if (unit === 'magnitude') counted = 'magnitude';
      } else if (
        /^[-\s]?magnitude\b/i.test(after) ||
        /\bmagnitude(?:[- ]of)?\s*$/i.test(before) ||
        // "measured 5.8 on the Richter scale"
        /^\s+on\s+the\s+Richter\b/i.test(after)
      ) {
        unit = 'magnitude';
        counted = 'magnitude';
      }
    }
    if (!counted && (!unit || /^(?:USD|EUR|GBP|JPY|INR)$/.test(unit)))
      counted = countedAfter(text, end, memo);
    if (!counted && !unit && outcomeObject(text, start, end)) counted = 'people';
    push({
      text: text.slice(start, end),
      value: lowValue,
      ...(max !== null ? { max } : {}),
      ...(unit ? { unit } : {}),
      ...(counted ? { counted } : {}),
      approx,
      bound,
      start: offset + start,
      end: offset + end
    });
  }

  // "No injuries were reported", "no arrests have been made": a toll of none, as "No one was hurt" is.
  for (const m of text.matchAll(NO_OUTCOME)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (!free(s, e)) continue;
    const outcome = NO_OUTCOME_AS[m[1].toLowerCase()];
    push({
      text: m[0],
      value: 0,
      counted: `people ${outcome}`,
      approx: false,
      start: offset + s,
      end: offset + e
    });
  }

  for (const m of text.matchAll(VAGUE)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (!free(s, e)) continue;
    // "dozens of people", "hundreds killed"; but not "thousands" in "in the thousands of years"? keep simple.
    const [min, max] = VAGUE_AMOUNTS[m[1].toLowerCase()];
    const counted = countedAfter(text, e, memo);
    push({
      text: m[0],
      value: min,
      max,
      approx: true,
      bound: 'vague',
      ...(counted ? { counted } : {}),
      start: offset + s,
      end: offset + e
    });
  }

  for (const m of text.matchAll(ORDINAL)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (!free(s, e)) continue;
    const word = m[1].toLowerCase();
    const value = ORDINAL_WORDS[word] ?? parseInt(word, 10);
    const after = text.slice(e, e + 20);
    // Street numbers and dates are not quantities ("117th St.", "August 2nd").
    if (/^\s+(?:st|street|ave|avenue|rd|road|floor|precinct)\b/i.test(after)) continue;
    if (
      MONTHS.test(text.slice(0, s).trim().split(/\s+/).pop() ?? '') ||
      /^\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(after)
    )
      continue;
    if (
      word === 'second' &&
      !/^\s+(?:time|place|term|woman|man|person|round|half|largest|biggest|attack|stint|day|year|week|quarter|consecutive)\b/i.test(
        after
      )
    )
      continue;
    const counted = countedAfter(text, e, memo);
    push({
      text: m[0],
      value,
      unit: 'ordinal',
      ...(counted ? { counted } : {}),
      approx: false,
      bound: 'exact',
      start: offset + s,
      end: offset + e
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A difference from another figure: "five rounds sooner than", "three more than". */
const DIFFERENCE =
  /^\s*(?:[a-z]+\s+)?(?:sooner|later|earlier|more|fewer|less|longer|shorter|higher|lower|bigger|smaller)\s+than\b/i;

/**
 * A span counted from another happening ("nine days before the inauguration", "one day after the EPA dropped",
 * "almost three weeks ago", "nine days earlier") or still to run ("with 12 seconds left"): a difference between
 * two moments, not how long something lasts ("takes effect in 30 days").
 */
const SPAN = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
const OFFSET =
  /^\s*(?:before|after|ahead\s+of|prior\s+to|earlier|later|ago|left|remaining|to\s+play|to\s+go)\b/i;

/** A figure per period, item or person ("$22 million per season", "$99 each", "$11,000 per call"): a rate, another
 * slot than a total ("a $200 million offer"). */
const RATE =
  /^\s*(?:per\s+(?!cent\b)[a-z]+\b|(?:a|an|each)\s+(?:year|season|month|week|day|hour|game|match|share|person|head|capita|night|episode|album|song|ticket|unit)\b|apiece\b|each\b|annually\b|a piece\b)/i;

/** An average before the figure ("averaged a team-high 22.8 points", "an average of 40 a day"): a rate too, not one
 * game's or one day's count. */
const AVERAGE = /\b(?:averag(?:e|es|ed|ing)|mean)(?:\s+of)?\s+(?:an?\s+)?(?:[\w-]+-high\s+)?$/i;

/** The noun after a figure that makes it the name of a variant ("13-inch model"). */
const VARIANT = /^\s*(?:models?|versions?|variants?|editions?)\b/i;

/** A capitalised word that names a numbered thing ("Week 15", "Flight 370", "No. 2", "Route 66"). */
const NUMBERED_NAME =
  /\b(?:Week|Game|Flight|Route|Highway|Interstate|Section|Chapter|Article|Room|Gate|Terminal|Platform|Pier|Lot|Precinct|Ward|District|Proposition|Prop\.|No\.|Number)\s$/;

/**
 * Two or three figures joined by dashes, the first the largest: a score, vote or record ("a 27-24 loss",
 * "deadlocked at 9-3", "45-7-2"), not a range, which rises ("5-7 people").
 */
function isScore(figure: string, before: string, after: string): boolean {
  if (!/^\d+$/.test(figure)) return false;
  const next = /^[-–](\d+)(?:[-–]\d+)?\b/.exec(after);
  if (next) return Number(next[1]) <= Number(figure) || /^[-–]\d+[-–]\d+/.test(after);
  const previous = /\b(\d+)[-–]$/.exec(before);
  if (previous) return Number(figure) <= Number(previous[1]);
  // A vote said with "to": "voted 52 to 48", "by a vote of 7 to 2" (the first figure, then the second).
  const votedTo = /^\s+to\s+(\d+)\b/.exec(after);
  if (votedTo && VOTE_BEFORE.test(before)) return Number(votedTo[1]) <= Number(figure);
  const votedFrom = VOTED_FROM.exec(before);
  return !!votedFrom && Number(figure) <= Number(votedFrom[1]);
}

/** The words a vote's tally follows ("voted", "a vote of", "by a margin of"). */
const VOTE_WORDS = String.raw`\b(?:vot(?:e|ed|es|ing)|vote\s+of|margin\s+of)\s+`;
const VOTE_BEFORE = new RegExp(`${VOTE_WORDS}$`, 'i');
/** The same words with the vote's first figure and its "to" ("voted 52 to "). */
const VOTED_FROM = new RegExp(String.raw`${VOTE_WORDS}(\d+)\s+to\s+$`, 'i');

/** Quantity.kind of the figure at text[start, end), from the words around it. */
function quantityKind(text: string, start: number, end: number, figure: string): Quantity['kind'] {
  // The words just before the figure: every pattern below ends there, and a whole-text prefix would make each
  // figure cost the length of the text.
  const before = text.slice(Math.max(0, start - 40), start);
  // "F 16", "MH 17": capitals naming a thing; not the article "A" opening a sentence ("A 6.1-magnitude quake").
  const capitals = /\b([A-Z]{1,5})[- ]?$/.exec(before);
  if (capitals && capitals[1] !== 'A' && /^\d/.test(figure)) return 'model';
  // "Week 15", "Flight 370", "Game 7": a numbered name, not a count.
  if (NUMBERED_NAME.test(before) && /^\d/.test(figure)) return 'model';
  const after = text.slice(end);
  if (isScore(figure, before, after)) return 'score';
  // "a 4×4", "a 2x4": a vehicle or a size named by two figures, not a count.
  if (/^\d/.test(figure) && (/^\s?[×x]\s?\d/.test(after) || /\d\s?[×x]\s?$/.test(before))) return 'model';
  // "the 13-inch model", "the 64GB version": a figure that names one variant of a product among others; "six
  // variants of the attack software" counts them.
  if (VARIANT.test(after) && !(/^[\p{L}\d]+$/u.test(figure) && /^\s*\w+s\b/.test(after))) return 'model';
  if (/^\s*(?:block|blk)\b/i.test(after)) return 'address';
  // "deliberated for three hours before convicting him": a span after "for" is how long, whatever follows it.
  const lasts = /\bfor\s+$/i.test(before);
  if (DIFFERENCE.test(after) || (SPAN.test(figure) && OFFSET.test(after) && !lasts)) return 'difference';
  if (/^\s*margins?\s+of\s+error\b/i.test(after)) return 'difference';
  if (RATE.test(after) || AVERAGE.test(before)) return 'rate';
  return undefined;
}

function parseNumber(raw: string, scale?: string): number | null {
  let value: number;
  const s = raw
    .toLowerCase()
    .replace(/, ?(?=\d)/g, '')
    .replace(/\. (?=\d)/g, '.');
  if (/^[\d.]+$/.test(s)) value = Number(s);
  else {
    // "twenty-five", "two hundred", "a dozen".
    let total = 0;
    let current = 0;
    for (const w of s.split(/[- ]+/)) {
      if (w === 'a' || w === 'an') continue;
      const n = WORD_NUMBERS[w];
      if (n === undefined) return null;
      if (w === 'half') current = (current || 1) * 0.5;
      else if (n === 100 || n === 12) current = (current || 1) * n;
      else if (n >= 1000) {
        total += (current || 1) * n;
        current = 0;
      } else current += n;
    }
    value = total + current;
  }
  if (!Number.isFinite(value)) return null;
  const sc = scale?.replace(/^[\s-]+/, '').toLowerCase();
  const mult = sc
    ? {
        hundred: 1e2,
        thousand: 1e3,
        k: 1e3,
        million: 1e6,
        mln: 1e6,
        m: 1e6,
        billion: 1e9,
        bn: 1e9,
        trillion: 1e12
      }[sc]
    : 1;
  return value * (mult ?? 1);
}

function currencyUnit(symbol: string | undefined): string | undefined {
  if (!symbol) return undefined;
  if (symbol.includes('$')) return 'USD';
  return { '£': 'GBP', '€': 'EUR', '¥': 'JPY' }[symbol] ?? 'INR';
}

/** Years, days of the month, clock times and phone-like numbers are dates, not quantities. */
function isDateOrTime(text: string, start: number, end: number, first: string, second?: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (
    /^(?:1[89]|20)\d{2}$/.test(first) &&
    !second &&
    !/^\s?(?:people|members|%|percent|troops|dollars)/i.test(after)
  )
    return true;
  if (/[:/]\s?$/.test(before) || /^\s?[:/]\s?\d/.test(after)) return true;
  if (/^\s?(?:a\.?\s?m\b|p\.?\s?m\b|am\b|pm\b|o'clock|hrs\b|GMT|UTC)/i.test(after)) return true;
  // "By 6.30am", and "6. 30am" as machine-detokenized text has it: the hour of a time.
  if (/^[.:]\s?\d{2}\s?[ap]\.?\s?m\b/i.test(after)) return true;
  if (
    /(?:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\.?\s$/i.test(before) &&
    /^\d{1,2}$/.test(first)
  )
    return true;
  if (
    /^\d{1,2}$/.test(first) &&
    /^\s(?:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\b/i.test(after)
  )
    return true;
  if (/\b(?:No\.|number|#)\s?$/i.test(before)) return true;
  return false;
}

/** Capitalised words before "is"/"was" that are no one's name ("It was 20 years ago"). */
const NOT_NAMES = /^(?:it|this|that|there|here|which|what|each|all|one|none|the|total|score)$/i;

/** Whether `word` (as written) names a person who may have an age: a pronoun, "who", a noun for a person, a name. */
function personWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^(?:he|she|who)$/.test(lower) || PERSON_NOUNS.has(lower)) return true;
  return /^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(word) && !NOT_NAMES.test(word);
}

/**
 * A small number that is someone's age without "years old":
 * - set off by commas after a capitalised name or a noun for a person ("Raj Chohan, 59, was killed", "the gunman,
 *   20, opened fire");
 * - said to be an age ("Robert Pitman, aged 24", "at age 5");
 * - said of a person and ending the clause ("She was 85.", "Lopez, who was 18 at the time", "the suspect is 31").
 */
function isAgeApposition(text: string, start: number, end: number, value: number): boolean {
  if (value <= 0 || value >= 120) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 16);
  // "Robert Pitman, aged 24, was charged", "at age 5" (not "two sons, ages 6 and 16": whose is which, it does not say).
  if (/\baged?\s$/i.test(before)) return true;
  // Not a list of numbered names ("IE6, 7, 8"): the name must end in a letter.
  const apposed = /([\p{L}.'’-]*\p{L})\.?,\s$/u.exec(before);
  // The age may close the sentence: "The victim was identified as Kimani Gray, 16."
  if (
    apposed &&
    (/^\s?[,)]/.test(after) || /^[.;]?\s*$/.test(text.slice(end, end + 3))) &&
    (/^\p{Lu}/u.test(apposed[1]) || PERSON_NOUNS.has(apposed[1].toLowerCase()))
  )
    return true;
  const said = /([\p{L}'’-]+)\s+(?:is|was)\s+(?:only\s+|just\s+)?$/u.exec(before);
  return !!said && personWord(said[1]) && /^(?:\s*[.;,)]|\s*$|\s+(?:at the time|when)\b)/.test(after);
}

/** A verb of change right before a figure ("rose", "fell by"). */
const CHANGED_BEFORE = new RegExp(String.raw`\b${CHANGE_VERB}\s+(?:by\s+)?$`, 'i');

/** "no deaths", "no injuries", "no arrests": nouns of an outcome after "no", with the outcome they count none of. */
const NO_OUTCOME = /\bno\s+(deaths|fatalities|injuries|arrests)\b/gi;
const NO_OUTCOME_AS: Record<string, string> = {
  deaths: 'killed',
  fatalities: 'killed',
  injuries: 'injured',
  arrests: 'arrested'
};

const OUTCOMES =
  /^(?:killed|dead|injured|wounded|hurt|missing|arrested|detained|displaced|evacuated|rescued|died|affected)$/;

/** A verb that does something to people, right before its object (qualifiers such as "at least" are already part
 * of the figure). */
const OUTCOME_VERB_BEFORE = new RegExp(
  String.raw`\b(?:${OUTCOME_VERBS.map((v) => `${v.replace(/e$/, '')}(?:e|es|ed|ing|s)?`).join('|')})\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?$`,
  'i'
);
/** What after a bare object makes it no count of people: a part of something ("killed 12 of the 20 passengers"),
 * an addition ("killed 12 more"). */
const NOT_PEOPLE_AFTER = /^\s*(?:of|more|additional|percent|per\s?cent|%)\b/i;

/** "The blast killed 12", "killing at least 24": a bare count as the object of an outcome verb counts people. */
function outcomeObject(text: string, start: number, end: number): boolean {
  return (
    OUTCOME_VERB_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    !NOT_PEOPLE_AFTER.test(text.slice(end, end + 20))
  );
}

/** The noun a number counts: "3,000 members", "two Iranian groups", "26 pirates", "people killed". */
function countedAfter(text: string, end: number, memo?: TextMemo): string | undefined {
  const { tokens } = analyzeText(text, memo);
  const after = tokens.findIndex((t) => t.start >= end);
  if (after < 0) return undefined;
  const i = phraseStart(tokens, after);
  // "Three die in bank fire": the verb right after a bare count, tagged as a noun.
  if (/^dies?$/.test(tokens[i]?.lower ?? '')) return 'people died';
  // "Police said 12 were killed", "two have died": a bare count as the subject of an outcome.
  const passive = /^(?:were|was|are|have|had|has)$/.test(tokens[i]?.lower ?? '')
    ? tokens.slice(i + 1, i + 3).find((t) => t.lower !== 'been' && t.lower !== 'reportedly')
    : undefined;
  if (passive && OUTCOMES.test(passive.lower)) return `people ${passive.lower}`;
  const phrase = countedPhrase(tokens, i);
  const head = phrase.words[phrase.head];
  if (!head) return OUTCOMES.test(tokens[i]?.lower ?? '') ? `people ${tokens[i].lower}` : undefined;
  if (COUNTED_EVENTS.has(head)) return head;
  const outcome = tokens[phrase.end]?.lower;
  return outcome && OUTCOMES.test(outcome) ? `${head} ${outcome}` : head;
}
