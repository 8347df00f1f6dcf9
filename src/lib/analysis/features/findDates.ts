import * as chrono from 'chrono-node';
import { MONTH_NAMES as MONTHS, TIME_ZONES, WEEKDAY_ABBREVIATIONS } from '../lexicon/calendar';
import type { DateValue } from '../types';

/** A phrase that opens with a weekday ("Tuesday", "Fri., March 3"). */
const WEEKDAY_FIRST = new RegExp(`^(?:${WEEKDAY_ABBREVIATIONS})`, 'i');
/** An abbreviated weekday on its own ("Sun", "Fri."): a word of the sentence, not a date. */
const WEEKDAY_ALONE = new RegExp(`^(?:${WEEKDAY_ABBREVIATIONS})\\.?,?$`, 'i');
const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12
};
/** Cues worth running chrono for (bare years are read by BARE_YEAR alone). */
const CHRONO_CUE_SOURCE = String.raw`\b(?:${MONTHS}|mon|tues?|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|ago|(?:last|next|this|past|coming|previous|following)\s+(?:week|month|year|weekend|morning|afternoon|evening|night|decade|century|spring|summer|autumn|fall|winter))\b|\d{1,2}:\d{2}|\d\s?[ap]\.?\s?m\b|\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{2,4}`;
/** Cheap pre-check: is there any date or time in the text at all? */
const DATE_CUE = new RegExp(String.raw`${CHRONO_CUE_SOURCE}|\b(?:1[89]|20)\d{2}s?\b`, 'i');
const CHRONO_CUE = new RegExp(CHRONO_CUE_SOURCE, 'gi');
const HAS_CHRONO_CUE = new RegExp(CHRONO_CUE_SOURCE, 'i');

/** "early September", "mid-July", "late 2012". */
const PART_OF = new RegExp(
  `\\b(early|mid|middle of|late|end of|beginning of|start of)[\\s-]+(${MONTHS})\\.?(?:\\s+(\\d{4}))?\\b`,
  'gi'
);
const PART_OF_YEAR = /\b(early|mid|late)[\s-]+((?:1[89]|20)\d{2})\b/gi;
const BARE_YEAR =
  /\b(?:in|since|of|by|until|from|to|before|after|during|throughout|around|circa|year)?\s*((?:1[89]|20)\d{2})(?:s)?\b/gi;
const FORWARD =
  /\b(?:next|coming|upcoming|following|will|later this|from now|scheduled|expected|set to|plans? to|planned to)\b/i;
/** Days with a name of their own ("Patch Tuesday", "Black Friday"): no date of the week they fall in. The name
 * is capitalised ("an emergency patch Tuesday" is a date). */
const NAMED_DAY = /\b(?:Patch|Super|Black|Good|Cyber|Ash|Bloody|Easter|Palm|Holy|Maundy|Shrove|Giving)\s+$/;
/** A time of day as chrono reads it beside a weekday ("9 p.m.", "19:30"). */
const CLOCK = String.raw`(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?`;
/** A weekday, with a part of the day or a time at most ("Sunday", "on Sunday evening", "9 p.m. Sunday"). */
const WEEKDAY_ONLY = new RegExp(
  String.raw`^(?:${CLOCK},?\s+)?(?:on\s+)?(?:${WEEKDAY_ABBREVIATIONS})[a-z]*\.?(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+${CLOCK})?$`,
  'i'
);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** The ISO day `days` after (or before) a date's day. */
export function shiftDays(date: string, days: number): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Dates, date ranges and times in `text`, resolved against the article's publication date (`published`, ISO).
 * Without a publication date, expressions that need one ("Wednesday", "last week") are left out.
 */
export function findDates(text: string, offset = 0, published?: string): DateValue[] {
  if (!DATE_CUE.test(text)) return [];
  const reference = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
  const out: DateValue[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (d: DateValue) => {
    taken.push([d.start - offset, d.end - offset]);
    out.push(d);
  };

  for (const m of text.matchAll(PART_OF)) {
    const part = m[1].toLowerCase();
    const month = MONTH_INDEX[m[2].slice(0, 3).toLowerCase()];
    const year = m[3] ? Number(m[3]) : reference ? yearNear(reference, month, text, m.index!) : undefined;
    if (year === undefined) continue;
    const last = daysIn(year, month);
    const [a, b] =
      part === 'early' || part.startsWith('beginning') || part.startsWith('start')
        ? [1, 10]
        : part === 'late' || part.startsWith('end')
          ? [21, last]
          : [11, 20];
    add({
      text: m[0],
      from: iso(year, month, a),
      to: iso(year, month, b),
      precision: 'vague',
      relative: !m[3],
      start: offset + m.index!,
      end: offset + m.index! + m[0].length
    });
  }
  for (const m of text.matchAll(PART_OF_YEAR)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const year = Number(m[2]);
    const part = m[1].toLowerCase();
    const [a, b] = part === 'early' ? [1, 4] : part === 'late' ? [9, 12] : [5, 8];
    add({
      text: m[0],
      from: iso(year, a, 1),
      to: iso(year, b, daysIn(year, b)),
      precision: 'vague',
      relative: false,
      start: offset + m.index!,
      end: offset + m.index! + m[0].length
    });
  }

  const instant = reference ? new Date(`${reference}T12:00:00`) : new Date('2000-01-01T12:00:00');
  // "4: 00am", "at 1: 00pm EDT", "by 6. 30am": machine-detokenized text puts a space after a time's colon or
  // point. chrono reads the text with a colon and the space moved behind the minutes, which keeps every index.
  // "at 2:09 a.m. local time on Thursday": chrono joins a time and its day only with nothing between, so it reads
  // the words "local time" as blanks (the same length, so every index holds).
  const clocks = text.replace(SPACED_CLOCK, '$1:$2 ').replace(LOCAL_TIME, (m) => ' '.repeat(m.length));
  for (const found of parseNear(clocks, instant)) {
    const read = withoutCounts(found.result, found.index, text, instant);
    if (!read) continue;
    const { result: r, index } = read;
    const start = index;
    let end = index + phraseOf(r).length;
    // chrono stops inside "p. m." and "9:15 p.m": take the whole meridiem.
    const meridiem = /^[ap]$/i.test(text[end - 1]) ? /^\.?\s?m\b\.?/i.exec(text.slice(end)) : null;
    if (meridiem) end += meridiem[0].length;
    if (!free(start, end)) continue;
    // "with 7:42 left in the first half", "with 1:41 to play": a game clock, not a time of day.
    if (CLOCK_LEFT.test(text.slice(end))) continue;
    // chrono reads "for a second" or "now" as times: keep only expressions with a real date or time cue.
    if (!HAS_CHRONO_CUE.test(text.slice(start, end))) continue;
    // "orbit the sun", "The Sun newspaper".
    if (WEEKDAY_ALONE.test(text.slice(start, end).trim())) continue;
    if (
      WEEKDAY_FIRST.test(text.slice(start, end)) &&
      NAMED_DAY.test(text.slice(Math.max(0, start - 10), start))
    )
      continue;
    const value = fromChrono(r, index, text, reference);
    if (!value) continue;
    add({ ...value, text: text.slice(start, end), start: offset + start, end: offset + end });
  }

  for (const m of text.matchAll(BARE_YEAR)) {
    const yStart = m.index! + m[0].indexOf(m[1]);
    const yEnd = yStart + m[1].length;
    if (!free(yStart, yEnd)) continue;
    // Not a year: "3,2013", "$2013", "2013 people".
    if (/[\d,.$£€]$/.test(text.slice(0, yStart)) || /^(?:[\d%]|[,.]\d)/.test(text.slice(yEnd))) continue;
    if (
      /^\s+(?:people|persons|members|times|troops|soldiers|cases|votes|units|dollars|euros)\b/i.test(
        text.slice(yEnd)
      )
    )
      continue;
    const year = Number(m[1]);
    const decade = text[yEnd] === 's';
    add({
      text: text.slice(yStart, decade ? yEnd + 1 : yEnd),
      from: iso(year, 1, 1),
      to: decade ? iso(year + 9, 12, 31) : iso(year, 12, 31),
      precision: decade ? 'vague' : 'year',
      relative: false,
      start: offset + yStart,
      end: offset + (decade ? yEnd + 1 : yEnd)
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const WINDOW = 48;
/** A number of one or two digits after a comma, ending what chrono read as a date ("Sunday, 19"). */
const BARE_HOUR = /,\s*\d{1,2}$/;
/** What makes such a number an hour after all ("Sunday, 9 p.m.", "Sunday, 19:30", "Sunday, 9 o'clock"). */
const TIME_AFTER = new RegExp(
  String.raw`^\s*(?::\d|[ap]\.?\s?m\b|o['’]clock\b|h\b|hours?\b|${TIME_ZONES})`,
  'i'
);
/** A time machine-detokenized text spaced after its colon or point, then a meridiem or a zone ("4: 00am"). */
const SPACED_CLOCK = new RegExp(String.raw`(\d)[:.] (\d{2})(?=\s?(?:[ap]\.?\s?m\b|${TIME_ZONES}))`, 'gi');
/** "local time" right after a clock time ("2:09 a.m. local time", "14:30 (local time)"). */
const LOCAL_TIME = /(?<=\d(?:\s?[ap]\.?\s?m\b\.?)?\s+)\(?local time\)?/gi;
/** A figure or a score that chrono took in front of a weekday or a month ("Grigoropoulos, 15, on Saturday",
 * "scored 20 Thursday night", "a 30-7 Oct. 19 loss"): a day of the month needs its month. */
const LEADING_COUNT = new RegExp(
  String.raw`^(?:\d{1,2},?\s+(?=(?:on\s+)?(?:${WEEKDAY_ABBREVIATIONS})[a-z]*\b)|\d+-\d+\s+(?=(?:${MONTHS})\b))`,
  'i'
);

/** What follows a time left on a clock ("7:42 left", "1:41 to play", "the 2:15 mark", "ate up 6:05 of the clock"). */
const CLOCK_LEFT = /^\s*(?:(?:minutes?\s+)?(?:left|remaining|to play|to go)|mark|of the clock)\b/i;

/** What chrono read, without the spaces and commas it took after it ("on Saturday, according to"). */
const phraseOf = (r: Chrono) => r.text.replace(/[\s,;]+$/, '');

/**
 * A chrono result without the counts it swallowed: a count after a weekday's comma that chrono read as an hour
 * ("On Sunday, 19 people were killed"), or a figure or score before a weekday or month. The date is read again
 * without them; null when nothing of a date is left.
 */
function withoutCounts(
  r: Chrono,
  index: number,
  text: string,
  instant: Date
): { result: Chrono; index: number } | null {
  const phrase = phraseOf(r);
  const count = BARE_HOUR.exec(phrase);
  const hour = count && !TIME_AFTER.test(text.slice(index + count.index + count[0].length));
  const lead = LEADING_COUNT.exec(phrase);
  if (!hour && !lead) return { result: r, index };
  const from = lead ? lead[0].length : 0;
  const again = chrono.parse(
    phrase.slice(from, hour ? count.index : undefined),
    { instant },
    { forwardDate: false }
  )[0];
  return again ? { result: again, index: index + from + again.index } : null;
}

/**
 * chrono runs ~40 parsers over its whole input; running it only on windows around date cues keeps it off the long
 * stretches of a sentence that cannot hold a date. Result indices are mapped back to `text`.
 */
function parseNear(text: string, instant: Date): { result: Chrono; index: number }[] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(CHRONO_CUE)) {
    let a = Math.max(0, m.index! - WINDOW);
    let b = Math.min(text.length, m.index! + m[0].length + WINDOW);
    while (a > 0 && /\S/.test(text[a - 1])) a--;
    while (b < text.length && /\S/.test(text[b])) b++;
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  }
  const out: { result: Chrono; index: number }[] = [];
  for (const [a, b] of windows) {
    for (const result of chrono.parse(text.slice(a, b), { instant }, { forwardDate: false })) {
      out.push({ result, index: result.index + a });
    }
  }
  return out;
}

/** The year of a month named without one: the occurrence nearest before the reference, unless worded as future. */
function yearNear(reference: string, month: number, text: string, at: number): number {
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  const forward = FORWARD.test(text.slice(Math.max(0, at - 25), at));
  if (forward) return month < refMonth ? refYear + 1 : refYear;
  return month > refMonth + 1 ? refYear - 1 : refYear;
}

type Chrono = ReturnType<typeof chrono.parse>[number];
type Component = Chrono['start'];

function fromChrono(
  r: Chrono,
  index: number,
  text: string,
  reference: string | undefined
): Omit<DateValue, 'text' | 'start' | 'end'> | null {
  const s = r.start;
  const hasDate = s.isCertain('day') || s.isCertain('weekday') || s.isCertain('month') || s.isCertain('year');
  // Relative to the publication date: the expression itself names no year ("Wednesday", "last week", "Nov 11").
  const relative = !/\b\d{4}\b|'\d{2}\b/.test(r.text);
  if (!reference && relative) return null;
  let from = dateOf(s);
  let to = r.end ? dateOf(r.end) : from;
  const hasTime = s.isCertain('hour');
  const time = hasTime ? `${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}` : undefined;
  let precision: DateValue['precision'] = hasTime && !hasDate ? 'time' : 'day';
  const phrase = r.text.toLowerCase();
  const before = text.slice(Math.max(0, index - 25), index);

  if (reference && !s.isCertain('year')) {
    // News reports past events: a bare weekday or month later than the publication date means the previous one.
    const weekday = WEEKDAY_ONLY.test(phraseOf(r).trim());
    if (weekday && from > reference && !FORWARD.test(before)) {
      from = shiftDays(from, -7);
      to = from;
    } else if (weekday && from < reference && FORWARD.test(before)) {
      // ...and one still to come ("will be sentenced Monday", "scheduled to resume Monday") the next one.
      from = shiftDays(from, 7);
      to = from;
    } else if (s.isCertain('month') && !FORWARD.test(before) && !FORWARD.test(phrase)) {
      const month = s.get('month') ?? 1;
      const year = yearNear(reference, month, text, index);
      const delta = year - Number(from.slice(0, 4));
      if (delta !== 0) {
        from = `${Number(from.slice(0, 4)) + delta}${from.slice(4)}`;
        to = `${Number(to.slice(0, 4)) + delta}${to.slice(4)}`;
      }
    }
  }
  if (!s.isCertain('day') && !s.isCertain('weekday') && s.isCertain('month')) {
    // "September", "last month": the whole month.
    const y = Number(from.slice(0, 4));
    const m = Number(from.slice(5, 7));
    from = iso(y, m, 1);
    to = iso(y, m, daysIn(y, m));
    precision = 'month';
  } else if (!s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('month') && s.isCertain('year')) {
    const y = Number(from.slice(0, 4));
    from = iso(y, 1, 1);
    to = iso(y, 12, 31);
    precision = 'year';
  } else if (/\bweek\b|\bweekend\b/.test(phrase)) {
    // "last week", "this week": Monday..Sunday around the resolved day.
    const d = new Date(`${from}T00:00:00Z`);
    const monday = shiftDays(from, -((d.getUTCDay() + 6) % 7));
    from = /weekend/.test(phrase) ? shiftDays(monday, 5) : monday;
    to = shiftDays(monday, 6);
    precision = 'vague';
  } else if (!hasDate && !hasTime) {
    precision = 'vague';
  } else if (hasTime && hasDate) {
    precision = 'time';
  }
  if (hasTime && precision === 'time') {
    from = `${from}T${time}`;
    if (!r.end) to = from;
  }
  return { from, to, ...(time ? { time } : {}), precision, relative };
}

function dateOf(c: Component): string {
  return iso(c.get('year') ?? 2000, c.get('month') ?? 1, c.get('day') ?? 1);
}
