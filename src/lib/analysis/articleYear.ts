// The year an article reports from, and the claims that look back from it. Coverage of an earthquake recalls the
// one that struck the same region years before ("In December 2003, the Bam quake killed more than 26,000"): a
// figure of that earlier happening is no value of the current one's fact, however alike the two sentences are. So
// is a figure counted over a longer span (a season, a career, the past eight days) against one incident's.
import { MONTH_NAMES, PERIODS, RECORD_SINCE, RUNNING_TOTALS } from './lexicon/calendar';
import type { Claim, DateValue } from './types';

/**
 * The year an article reports from: its publication date's, else the year its own dates name most often (its
 * dateline and timestamps, then the text), else undefined.
 */
export function articleYear(published: string | undefined, units: readonly Claim[]): number | undefined {
  const stated = published && /^\d{4}-/.test(published) ? Number(published.slice(0, 4)) : undefined;
  if (stated) return stated;
  const counts = new Map<number, number>();
  for (const unit of units)
    for (const d of unit.dates)
      if (!d.relative) counts.set(yearOf(d.from), (counts.get(yearOf(d.from)) ?? 0) + 1);
  let best: [number, number] | undefined;
  // Ties go to the later year: an article reports from the latest time it is about.
  for (const [year, n] of counts)
    if (!best || n > best[1] || (n === best[1] && year > best[0])) best = [year, n];
  return best?.[0];
}

/** Whether a claim looks back: it names years, and none of them is the year its article reports from. */
export function looksBack(claim: Claim, year: number | undefined): boolean {
  return looksBackIn(statedYears(claim), year);
}

function looksBackIn(years: number[], year: number | undefined): boolean {
  return year !== undefined && years.length > 0 && !years.includes(year);
}

const RECORD = new RegExp(RECORD_SINCE, 'i');

/** Whether a date only measures a record against the past ("the highest since records began in 1952"), unless a
 * clause about that year's happening follows ("the deadliest since 2004, when 230,000 people died"). */
function isYardstick(claim: Claim, date: DateValue): boolean {
  const before = claim.text.slice(0, date.start - claim.start);
  const after = claim.text.slice(date.end - claim.start, date.end - claim.start + 8);
  return date.precision === 'year' && RECORD.test(before) && !/^,?\s*when\b/i.test(after);
}

/** The years a claim dates what it reports in: its absolute dates', less those that are only a record's yardstick. */
function statedYears(claim: Claim): number[] {
  return claim.dates.filter((d) => !d.relative && !isYardstick(claim, d)).map((d) => yearOf(d.from));
}

/**
 * Whether two claims date what they say in different years (their statedYears): both name years, and none in
 * common ("a 12-year sentence imposed in 1997" / "five years on the 1959 heroin conviction"). Their figures are of
 * two happenings.
 */
function inOtherYears(ya: number[], yb: number[]): boolean {
  return ya.length > 0 && yb.length > 0 && !ya.some((y) => yb.includes(y));
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** "in January", "since September", "in December 2003": a month named with no day, what background is dated by. */
const MONTH_ONLY = new RegExp(
  String.raw`\b(?:in|since|during|last|early|late|mid-|(?:end|beginning|start|middle) of)\s*(${MONTH_NAMES})\b\.?(?!\s*\d{1,2}(?!\d))`,
  'gi'
);

/** The months a claim dates something by without a day ("In January, five cables were cut"), as their first three
 * letters, lower case. */
function bareMonths(c: Claim): string[] {
  return [...c.text.matchAll(MONTH_ONLY)].map((m) => m[1].slice(0, 3).toLowerCase());
}

/**
 * Whether two claims date what they say in different months: one names a month with no day and the other names no
 * such month, or another ("In January, five cables were cut" / "three cables were cut on Friday"). Reports date the
 * happening they cover by its day; a bare month dates an earlier one the story recalls.
 */
function inOtherMonths(a: Claim, b: Claim): boolean {
  const [ma, mb] = [bareMonths(a), bareMonths(b)];
  if (!ma.length && !mb.length) return false;
  return !ma.some((m) => mb.includes(m));
}

const PERIOD = new RegExp(PERIODS, 'gi');
const RUNNING_TOTAL = new RegExp(RUNNING_TOTALS, 'i');
/** A span as an ordinal compound before a noun ("third-quarter profit", "second-half goals"). */
const PERIOD_COMPOUND = /\b(first|second|third|fourth|final)-(quarter|period|inning|round|set|half)\b/gi;

/** The spans a claim counts over ("this season", "over the past eight days", a running total), normalised,
 * sorted. A running total is one span however it is worded ("so far" and "to date" count the same). */
function periods(c: Claim): string[] {
  const found = [...c.text.matchAll(PERIOD)].map((m) =>
    m[0].toLowerCase().replace(/\s+/g, ' ').replace(' past ', ' ')
  );
  // "a third-quarter profit" counts over the span "in the third quarter" does.
  for (const m of c.text.matchAll(PERIOD_COMPOUND))
    found.push(`in the ${m[1].toLowerCase()} ${m[2].toLowerCase()}`);
  if (RUNNING_TOTAL.test(c.text)) found.push('running total');
  return [...new Set(found)].sort();
}

/**
 * Whether two claims count over different spans: one names a span the other does not ("At least 70 people have been
 * hurt in the protests over the past eight days" / "injuring at least two people"; "missed 10 total games this
 * season" / "missed eight games with a fracture"; "a total of 14 rifles so far" / "six rifles were seized"). A
 * season's or a career's total, or a running total, is no value of one game's or one incident's count.
 */
function inOtherPeriods(a: Claim, b: Claim): boolean {
  const [pa, pb] = [periods(a), periods(b)];
  return pa.length !== pb.length || pa.some((p, i) => p !== pb[i]);
}

/** An opening that points back to the sentence before: "It killed 612 people", "That quake left ...", "This was
 * the third ...", but not an "it" that stands for nothing ("It is thought that ...", "It was not clear ..."; "It's"
 * and "It’s" have no space after "It"). */
const POINTS_BACK =
  /^(?:It|That|This)\s+(?!is\b|was\s+(?:not|unclear|unknown)\b|seems?\b|appears?\b|remains?\b|would\b|will\b|could\b|may\b|might\b)/;

/**
 * Whether a claim reports what the claim before it in its article does: it opens by pointing back to it and dates
 * nothing itself. "The last major quake to hit southern Iran was in February, when a magnitude-6.4 temblor rocked
 * Zarand." / "It killed 612 people": the 612 are February's dead, not the current quake's.
 */
export function pointsBack(claim: Claim): boolean {
  return claim.dates.length === 0 && POINTS_BACK.test(claim.text);
}

/**
 * Whether two claims' figures belong to different happenings by when they count: one looks back to an earlier
 * year and the other does not, they name different years or day-less months, or they count over different spans;
 * a claim that points back is judged with the claim before it (`before`, its article's previous claim) as well.
 * The one list of these tests (compareValues clears the figures of such a pair).
 */
export function inOtherHappenings(
  a: Claim,
  b: Claim,
  yearA: number | undefined,
  yearB: number | undefined,
  before: { a?: Claim; b?: Claim } = {}
): boolean {
  // A claim that points back (pointsBack) is dated by the claim before it in its article.
  const leadA = before.a && pointsBack(a) ? before.a : undefined;
  const leadB = before.b && pointsBack(b) ? before.b : undefined;
  return (
    datedApart(a, b, yearA, yearB) ||
    ((leadA !== undefined || leadB !== undefined) && datedApart(leadA ?? a, leadB ?? b, yearA, yearB))
  );
}

function datedApart(a: Claim, b: Claim, yearA: number | undefined, yearB: number | undefined): boolean {
  const [ya, yb] = [statedYears(a), statedYears(b)];
  return (
    looksBackIn(ya, yearA) !== looksBackIn(yb, yearB) ||
    inOtherYears(ya, yb) ||
    inOtherMonths(a, b) ||
    inOtherPeriods(a, b)
  );
}
