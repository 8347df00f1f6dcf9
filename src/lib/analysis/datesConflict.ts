// Dates as values of a fact: two dates conflict only when both are at least day-precise and cannot both be right,
// and only when they date the same happening ("killed June 24" is not "the June 20 robbery"). A date that dates a
// statement ("said Monday") is no value of the fact.
import { analyzeText, type TextMemo, type TextToken } from './features/analyzeText';
import { REPORTING_VERB_SET } from './lexicon/attribution';
import { lemmatize, shareMeaning } from './lemmatize';
import { shiftDays } from './features/findDates';
import { MONTH_NAMES, MONTH_WORD, TIME_ZONES, WEEKDAY_ABBREVIATIONS } from './lexicon/calendar';
import type { Claim, DateValue } from './types';

function dayRange(d: DateValue): [string, string] {
  return [d.from.slice(0, 10), d.to.slice(0, 10)];
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + (m || 0);
}

const DAY = new RegExp(
  String.raw`\b(?:${MONTH_NAMES}|(?:${WEEKDAY_ABBREVIATIONS})[a-z]*|today|tonight|yesterday|tomorrow|night)\b|\d{1,2}[/-]\d{1,2}`,
  'i'
);

/** A month and day whose year the text leaves out ("Oct. 10"): the year was inferred, from the tense or the
 * publication date, and may be inferred differently in two sentences. */
const yearless = (d: DateValue) => d.relative && MONTH_WORD.test(d.text);

/** A time of day that names no day ("about 7 p.m."): its day is only the publication date. */
export const dayless = (d: DateValue) => d.precision === 'time' && !DAY.test(d.text);

const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAY_ABBREVIATIONS})[a-z]*\b`, 'i');
const weekdayOf = (d: DateValue) => WEEKDAY.exec(d.text)?.[1].slice(0, 3).toLowerCase();
/** A weekday named without a month or year ("on Saturday", "9 p.m. Friday"). */
const bareWeekday = (d: DateValue) => d.relative && !!weekdayOf(d) && !MONTH_WORD.test(d.text);

const ZONE = new RegExp(String.raw`\b${TIME_ZONES}|\blocal time\b`);
const zoneOf = (d: DateValue) => ZONE.exec(d.text)?.[0] ?? '';

/** Words before a time that make it approximate ("about 7 p.m.", "shortly after 2 a.m.", "by 9:15"). */
const APPROXIMATE =
  /\b(?:about|around|approximately|roughly|nearly|almost|shortly|just|sometime|some time|soon|after|before|by|until|till|circa|near|toward|towards|between)\s+(?:at\s+)?$/i;

/**
 * How many minutes a stated time may be off from another report of the same moment: a time on the hour, or said
 * to be approximate, is rounded ("about 7 p.m." / "7.45pm"); one on the half or quarter hour may be; one given to
 * the minute ("2:09 a.m.") is not. `before` is the claim's text before the date.
 */
export function timeRounding(d: DateValue, before: string): number {
  if (!d.time || APPROXIMATE.test(before.slice(-30))) return 90;
  const minute = Number(d.time.slice(3));
  return minute === 0 ? 90 : minute === 30 ? 30 : minute % 15 === 0 ? 15 : 10;
}

/**
 * Two dates conflict when both are at least day-precise and their ranges do not overlap, or the times differ by
 * more than the coarser of the two roundings (minutes, timeRounding; 90 unless given).
 */
export function datesConflict(
  a: DateValue,
  b: DateValue,
  rounding = 90,
  edges: [DayEdge, DayEdge] = [undefined, undefined]
): boolean {
  if (a.precision === 'vague' || b.precision === 'vague') return false;
  // A time given in another time zone than the other date ("7 p.m. EST Sunday" / "8 a.m. AEST today") says
  // nothing about the other's hour, and may fall on the day before or after.
  const otherZones = (!!a.time || !!b.time) && zoneOf(a) !== zoneOf(b);
  const sameHour = (x: DateValue, y: DateValue) =>
    otherZones || !x.time || !y.time || Math.abs(minutes(x.time) - minutes(y.time)) <= rounding;
  // A time without a day compares with another time only; so does a weekday named alone against a date on the
  // same weekday ("Saturday" / "Saturday, July 24, 2004"): which Saturday it is, only its publication date said.
  const sameWeekday = (bareWeekday(a) || bareWeekday(b)) && !!weekdayOf(a) && weekdayOf(a) === weekdayOf(b);
  if (dayless(a) || dayless(b) || sameWeekday)
    return (
      (!!a.time && !!b.time && !sameHour(a, b)) ||
      (sameWeekday && !dayless(a) && !dayless(b) && !otherZones && partsOfDayApart(a, b, rounding, edges))
    );
  let [fa, ta] = dayRange(a);
  let [fb, tb] = dayRange(b);
  // Late one day and early the next may be one moment told in two time zones ("late Tuesday" / "early Wednesday").
  const [ea, eb] = [dayEdge(a, edges[0], !!b.time), dayEdge(b, edges[1], !!a.time)];
  if (
    (shiftDays(ta, 1) === fb && (ea === 'late' || eb === 'early')) ||
    (shiftDays(tb, 1) === fa && (eb === 'late' || ea === 'early'))
  )
    return false;
  if (otherZones) [fa, ta] = [shiftDays(fa, -1), shiftDays(ta, 1)];
  // A relative date ("Thursday, March 14") was resolved against a reference date; against an absolute one, or
  // where a year was inferred, only month and day are comparable.
  if (a.relative !== b.relative || yearless(a) || yearless(b))
    [fa, ta, fb, tb] = [fa, ta, fb, tb].map((d) => d.slice(5));
  if (ta < fb || tb < fa)
    return (
      (a.precision === 'day' || a.precision === 'time') && (b.precision === 'day' || b.precision === 'time')
    );
  if (fa === ta && fa === fb && fb === tb)
    return !sameHour(a, b) || (!otherZones && partsOfDayApart(a, b, rounding, edges));
  return false;
}

/** Hours of its day (minutes from midnight) that words put a happening in; night runs past midnight. */
const PARTS_OF_DAY: [RegExp, number, number][] = [
  [/\bmorning\b/i, 0, 12 * 60],
  [/\bafternoon\b/i, 12 * 60, 18 * 60],
  [/\bevening\b/i, 17 * 60, 23 * 60],
  [/\b(?:to)?night\b/i, 20 * 60, 29 * 60]
];

/** The hours a date puts its happening in: its time give or take `rounding`, its part of the day, or the early or
 * late hours the words before it name ("early Thursday"); undefined when it says nothing of the hour. */
function hoursOf(d: DateValue, rounding: number, edge: DayEdge): [number, number] | undefined {
  if (d.time) return [minutes(d.time) - rounding, minutes(d.time) + rounding];
  const part = PARTS_OF_DAY.find(([words]) => words.test(d.text));
  if (part) return [part[1], part[2]];
  if (edge === 'early') return [0, 10 * 60];
  return edge === 'late' ? [18 * 60, 24 * 60] : undefined;
}

/** An hour a part of the day may be stretched by ("late afternoon" / "early evening" are one hour). */
const PART_SLACK = 60;

/**
 * Two reports of one day whose hours cannot meet: "Thursday morning" / "Thursday evening", "early Thursday" /
 * "late Thursday", "Thursday morning" / "9 p.m. Thursday". Adjacent parts ("morning" / "afternoon") may be one
 * moment near their border, so only hours more than PART_SLACK apart conflict; two times are sameHour's to judge.
 */
function partsOfDayApart(a: DateValue, b: DateValue, rounding: number, edges: [DayEdge, DayEdge]): boolean {
  if (a.time && b.time) return false;
  const [x, y] = [hoursOf(a, rounding, edges[0]), hoursOf(b, rounding, edges[1])];
  return !!x && !!y && (x[1] + PART_SLACK < y[0] || y[1] + PART_SLACK < x[0]);
}

/** Near which end of its day a happening falls: 'late' ("late Tuesday", "Tuesday night", "11 p.m.") or 'early'
 * ("early Wednesday", "Wednesday morning", "2 a.m."), or neither. */
export type DayEdge = 'late' | 'early' | undefined;

const LATE_WORDS = /\b(?:evening|night|tonight|overnight|midnight)\b/i;
/** "Overnight" in a date's words reads late (LATE_WORDS is tested first). */
const EARLY_WORDS = /\b(?:morning|dawn|predawn)\b/i;

/** Words right before a date that put it near an end of its day ("late Tuesday", "early on Wednesday"). */
const EDGE_BEFORE = /\b(late|early|overnight)\s+(?:on\s+)?$/i;

/** The edge of its day the words before a date put it at ("late Tuesday", "early on Wednesday"). */
export function edgeBefore(before: string): DayEdge {
  const word = EDGE_BEFORE.exec(before)?.[1].toLowerCase();
  return word === 'late' ? 'late' : word ? 'early' : undefined;
}

/** A date as a discrepancy names it: with the edge of the day said before it ("late Thursday", not "Thursday"). */
export function dateInWords(d: DateValue, before: string): string {
  const edge = EDGE_BEFORE.exec(before);
  return edge ? `${before.slice(edge.index).trim()} ${d.text}` : d.text;
}

/**
 * A date's edge of its day: said before it (`before`, edgeBefore), in its own words, or by its time when the other
 * date gives none ("2:09 a.m. on July 3" / "2:09 a.m. on July 4" are a day apart whatever the zone).
 */
function dayEdge(d: DateValue, before: DayEdge, otherTimed: boolean): DayEdge {
  if (before) return before;
  const time = d.time && !otherTimed ? minutes(d.time) : undefined;
  if (LATE_WORDS.test(d.text) || (time !== undefined && time >= 20 * 60)) return 'late';
  if (EARLY_WORDS.test(d.text) || (time !== undefined && time < 6 * 60)) return 'early';
  return undefined;
}

const DATE_FRAME = /^(?:beginning|starting|ending|commencing)$/;

/** The verbs near a date, and the noun it modifies: what it dates ("killed June 24", "the June 20 shooting"). */
function datedWords(d: DateValue, c: Claim, memo?: TextMemo): string[] {
  const tokens = analyzeText(c.text, memo).tokens;
  const [from, to] = [d.start - c.start, d.end - c.start];
  const first = tokens.findIndex((t) => t.end > from);
  const last = tokens.findLastIndex((t) => t.start < to);
  if (first < 0) return [];
  // "the week beginning 17 October", "starting Monday": the verb right before the date is part of the date.
  const verb = (t: TextToken, k: number) =>
    t.pos === 'VERB' && !REPORTING_VERB_SET.has(t.lower) && !(k === first - 1 && DATE_FRAME.test(t.lower));
  // Verbs on either side; a noun only right after the date, which then modifies it ("the June 20 shooting"):
  // the subject before it ("the cable went down on ...") is no happening.
  // "in Thursday's play-in round": a date as a possessive dates the noun after it, not the verbs around.
  const possessive = /^\s?['’]\s?s\b/.test(c.text.slice(to, to + 6));
  // "will go on sale September 21" / "will be available from September 28": one release, told in other words.
  const lead = c.text.slice(Math.max(0, from - 40), from);
  const release = RELEASE.test(lead) && !PRE_ORDER.test(lead) ? ['release'] : [];
  return release.concat(
    tokens.flatMap((t, k) =>
      (!possessive && k >= first - 5 && k < first && verb(t, k)) ||
      (!possessive && k > last && k <= last + 5 && verb(t, k)) ||
      (k > last && k <= last + 3 && t.pos === 'NOUN' && !SPAN_NOUN.test(t.lower))
        ? [phaseOf(tokens, k) ?? lemmatize(t.lower)]
        : []
    )
  );
}

/**
 * Words of a product going on sale before its date: "goes on sale", "available", "hits stores", "ships". Not
 * "released" or "launched", which a story also says of the films, patches and products it recalls.
 */
const RELEASE =
  /\b(?:on sale|available|hit(?:s|ting)?\s+(?:stores|shelves)|in stores|ship(?:s|ped|ping)?)\b/i;
/** An order taken before the release is not the release ("available for pre-order from"). */
const PRE_ORDER = /\bpre-?orders?\b/i;

/** Verbs of a phase of something ("began", "resumed"), which name no happening of their own. */
const PHASE_VERBS = new Set([
  'begin',
  'start',
  'end',
  'finish',
  'resume',
  'continue',
  'stop',
  'complete',
  'conclude'
]);

/**
 * What a verb of a phase is the phase of: the act after it ("began deliberating", "started to cry") or the noun
 * before it ("the trial began"); so "the trial began Monday" and "the jury began deliberating Thursday" date two
 * happenings. Undefined for any other verb, or a phase of nothing said.
 */
function phaseOf(tokens: readonly TextToken[], k: number): string | undefined {
  if (tokens[k].pos !== 'VERB' || !PHASE_VERBS.has(lemmatize(tokens[k].lower))) return undefined;
  const next = tokens[k + 1]?.lower === 'to' ? tokens[k + 2] : tokens[k + 1];
  if (next?.pos === 'VERB') return lemmatize(next.lower);
  // The noun in the same clause, not a word of time ("today, officially ending his season").
  for (let j = k - 1; j >= Math.max(0, k - 3) && tokens[j].type !== 'punctuation'; j--)
    if (tokens[j].pos === 'NOUN' && !/^(?:today|yesterday|tonight)$/.test(tokens[j].lower))
      return lemmatize(tokens[j].lower);
  return lemmatize(tokens[k].lower);
}

/** Nouns of time ("five days of riots", "calm Sunday after eight days"): they date no happening. */
const SPAN_NOUN = /^(?:second|minute|hour|day|night|week|month|year|decade)s?$/;

/**
 * Two dates are one slot only when they date the same happening: a story grouped as one fact may date the
 * shooting June 20 and the killing June 24, the outage October 8 and the repair October 29. The words around each
 * date (its verb, or the noun it dates) must share a word or a WordNet synonym.
 */
export function sameDatedHappening(x: DateValue, a: Claim, y: DateValue, b: Claim, memo?: TextMemo): boolean {
  const [wa, wb] = [datedWords(x, a, memo), datedWords(y, b, memo)];
  return shareMeaning(wa, wb);
}

/**
 * Whether a date right after `before` dates a statement: "said Monday", "announced on Friday", "announced on
 * Twitter today (14 October 2011)": a reporting verb with nothing but where and when it spoke in between.
 */
export function datesStatement(before: string): boolean {
  const verb = before.match(
    /([A-Za-z]+)\s+(?:(?:on|in|via|through)\s+(?:\p{Lu}[\p{L}.]*\s+)+)?(?:(?:today|yesterday|tonight)\s*)?\(?\s*(?:on\s+)?$/u
  );
  return !!verb && REPORTING_VERB_SET.has(verb[1].toLowerCase());
}
