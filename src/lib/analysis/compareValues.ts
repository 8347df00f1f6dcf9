// Typed discrepancies between two aligned claims. Values are only compared inside the same slot (same thing
// counted / same unit, same date role, same person), and compatible values are not discrepancies: "dozens" vs
// "at least 50", "mid-July" vs "July 15". Different reported values of one slot are: 1.2 vs 12 miles, 4.6 vs 4.7
// magnitude, "at least 1 dead" vs "at least 5 dead".
import { lemmatize } from './lemmatize';
import type { Claim, DateValue, DiscrepancyType, Quantity } from './types';

export interface ValueDiscrepancy {
  type: DiscrepancyType;
  values: [string, string];
}

/** Metres per length unit: lengths in different units share one slot and are compared in metres. */
const METRES: Record<string, number> = {
  m: 1,
  metre: 1,
  metres: 1,
  meter: 1,
  meters: 1,
  km: 1000,
  kilometre: 1000,
  kilometres: 1000,
  kilometer: 1000,
  kilometers: 1000,
  ft: 0.3048,
  foot: 0.3048,
  feet: 0.3048,
  mile: 1609.34,
  miles: 1609.34,
  yard: 0.9144,
  yards: 0.9144,
  yd: 0.9144
};

/** Metres per unit of a length quantity (the extractor puts "m" in `unit` or in `counted`), else null. */
export function lengthScale(q: Quantity): number | null {
  for (const u of [q.unit, q.counted]) if (u && METRES[u.toLowerCase()]) return METRES[u.toLowerCase()];
  return null;
}

/** The slot a quantity fills: a length, else what it counts, else its unit, else the first content word after it. */
export function quantitySlot(q: Quantity, claimText: string, claimStart: number): string | null {
  if (lengthScale(q)) return 'length';
  if (q.counted) return `c:${normSlot(q.counted)}`;
  if (q.unit) return `u:${normSlot(q.unit)}`;
  const after = claimText.slice(q.end - claimStart).match(/^[\s-]*([A-Za-z]+)/);
  if (
    !after ||
    /^(and|or|of|in|on|at|to|the|a|an|percent|per|more|than|from|by|p|a\.m|pm|am)$/i.test(after[1])
  )
    return null;
  return `w:${lemmatize(after[1].toLowerCase())}`;
}

const SLOT_SYNONYMS: Record<string, string> = {
  people: 'person',
  persons: 'person',
  dead: 'death',
  deaths: 'death'
};

function normSlot(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => SLOT_SYNONYMS[w] ?? lemmatize(w))
    .join(' ');
}

/** Two lengths in metres; across units, values are approximate (200 ft is "about 60 m"). */
function inMetres(a: Quantity, b: Quantity): [Quantity, Quantity] {
  const [sa, sb] = [lengthScale(a)!, lengthScale(b)!];
  const converted = sa !== sb;
  const scale = (q: Quantity, k: number): Quantity => ({
    ...q,
    value: q.value * k,
    max: q.max === undefined ? undefined : q.max * k,
    approx: q.approx || converted
  });
  return [scale(a, sa), scale(b, sb)];
}

/** Lower and upper bound a quantity allows. */
function interval(q: Quantity): [number, number] | null {
  const lo = q.value;
  const hi = q.max ?? q.value;
  switch (q.bound) {
    case 'vague':
      return null;
    case 'min':
      return [lo, Infinity];
    case 'max':
      return [-Infinity, hi];
    default:
      // Approximate values ("about 50", "some 200") tolerate 15%.
      return q.approx ? [lo * 0.85, hi * 1.15] : [lo, hi];
  }
}

/** Two quantities of the same slot conflict when they cannot both be right. */
export function quantitiesConflict(a: Quantity, b: Quantity): boolean {
  // Two lower bounds ("at least 1 dead" / "at least 5 dead") are different reported tolls.
  if (a.bound === 'min' && b.bound === 'min') return a.value !== b.value;
  if (a.bound === 'max' && b.bound === 'max') return (a.max ?? a.value) !== (b.max ?? b.value);
  const ia = interval(a);
  const ib = interval(b);
  if (!ia || !ib) return false;
  return ia[1] < ib[0] || ib[1] < ia[0];
}

function dayRange(d: DateValue): [string, string] {
  return [d.from.slice(0, 10), d.to.slice(0, 10)];
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + (m || 0);
}

/** Two dates conflict when both are at least day-precise and their ranges do not overlap, or the times differ. */
export function datesConflict(a: DateValue, b: DateValue): boolean {
  if (a.precision === 'vague' || b.precision === 'vague') return false;
  let [fa, ta] = dayRange(a);
  let [fb, tb] = dayRange(b);
  // A relative date ("Thursday, March 14") was resolved against a reference date; against an absolute one,
  // only month and day are comparable.
  if (a.relative !== b.relative) [fa, ta, fb, tb] = [fa, ta, fb, tb].map((d) => d.slice(5));
  if (ta < fb || tb < fa)
    return (
      (a.precision === 'day' || a.precision === 'time') && (b.precision === 'day' || b.precision === 'time')
    );
  if (a.time && b.time && fa === ta && fa === fb && fb === tb)
    return Math.abs(minutes(a.time) - minutes(b.time)) > 90;
  return false;
}

/** A number that is part of a model name ("AK-47", "F 16", "Boeing 737") counts nothing. */
function isModelNumber(q: Quantity, c: Claim): boolean {
  const before = c.text.slice(0, Math.max(0, q.start - c.start));
  return /\b[A-Z]{1,5}[- ]?$/.test(before) && /^\d/.test(q.text);
}

/** Running totals ("a total of 14 rifles so far") count something else than one incident's figures. */
const CUMULATIVE = /\b(a total of|in total|so far|thus far|to date|altogether|in all)\b/i;

function quantitiesBySlot(c: Claim): Map<string, Quantity[]> {
  const out = new Map<string, Quantity[]>();
  const scope = CUMULATIVE.test(c.text) ? 'total ' : '';
  for (const q of c.numbers) {
    if (isModelNumber(q, c)) continue;
    const bare = quantitySlot(q, c.text, c.start);
    const slot = bare && scope + bare;
    if (!slot) continue;
    if (!out.has(slot)) out.set(slot, []);
    out.get(slot)!.push(q);
  }
  return out;
}

const STRONG_HEDGES = /\b(alleged(ly)?|suspected|unconfirmed|claim(ed|s)?|reportedly|rumou?red)\b/i;

/**
 * Discrepancies between two claims already judged to state the same fact. `mentionedIn(side, text)` tells whether
 * a name also appears anywhere in the other article, so a place or name only counts as changed when the other
 * outlet never mentions it (they may simply name different parts of the story).
 */
export interface CompareContext {
  mentionedIn?: (side: 'a' | 'b', norm: string) => boolean;
  /** How much of each claim's content the other covers (0..1, see mutualCoverage); weak signals need a close pair. */
  closeness?: number;
}

/** Negation, attribution and place differences are only meaningful between near-paraphrases: in looser pairs
 * they mostly belong to different parts of the story (on facts-dev they were 90% false alarms there). */
export const CLOSE_PAIR = 0.55;

export function compareValues(a: Claim, b: Claim, context: CompareContext = {}): ValueDiscrepancy[] {
  const mentionedIn = context.mentionedIn ?? (() => false);
  const close = (context.closeness ?? 1) >= CLOSE_PAIR;
  const out: ValueDiscrepancy[] = [];

  const qa = quantitiesBySlot(a);
  const qb = quantitiesBySlot(b);
  for (const [slot, listA] of qa) {
    const listB = qb.get(slot);
    if (!listB) continue;
    // Slots with several values on one side (ranges of items, lists) are ambiguous: compare only 1-to-1 slots.
    if (listA.length !== 1 || listB.length !== 1) continue;
    const [x, y] = slot === 'length' ? inMetres(listA[0], listB[0]) : [listA[0], listB[0]];
    if (quantitiesConflict(x, y)) out.push({ type: 'number', values: [listA[0].text, listB[0].text] });
  }

  const datesA = a.dates.filter((d) => !d.relative || d.precision !== 'vague');
  const datesB = b.dates.filter((d) => !d.relative || d.precision !== 'vague');
  if (datesA.length === 1 && datesB.length === 1 && datesConflict(datesA[0], datesB[0])) {
    out.push({ type: 'date', values: [datesA[0].text, datesB[0].text] });
  } else if (!datesA.length && !datesB.length) {
    // Without a publication date, weekdays do not resolve to dates, but two different weekdays for one fact
    // ("on Thursday" / "on Friday") still cannot both be right.
    const [wa, wb] = [weekdays(a.text), weekdays(b.text)];
    if (wa.length === 1 && wb.length === 1 && wa[0].toLowerCase() !== wb[0].toLowerCase())
      out.push({ type: 'date', values: [wa[0], wb[0]] });
  }

  for (const type of ['place', 'person'] as const) {
    if (type === 'place' && !close) continue;
    const ea = a.entities.filter((e) => e.type === type);
    const eb = b.entities.filter((e) => e.type === type);
    if (ea.length !== 1 || eb.length !== 1) continue;
    const [x, y] = [ea[0], eb[0]];
    if (type === 'person') {
      // A spelling variant of one surname ("Rait" / "Raite") is a name discrepancy; a shorter or longer form of
      // the same name ("Chohan" / "Raj K. Chohan") is not.
      const [lastX, lastY] = [x.norm.split(/\s+/).pop()!, y.norm.split(/\s+/).pop()!];
      if (lastX !== lastY && lastX.length > 3 && editDistance(lastX, lastY) <= 2) {
        out.push({ type: 'name', values: [x.text, y.text] });
        continue;
      }
      if (x.norm.split(/\s+/).some((t) => y.norm.split(/\s+/).includes(t))) continue;
    }
    if (x.norm === y.norm || x.norm.includes(y.norm) || y.norm.includes(x.norm)) continue;
    if (mentionedIn('b', x.norm) || mentionedIn('a', y.norm)) continue;
    out.push({ type: type === 'place' ? 'place' : 'name', values: [x.text, y.text] });
  }

  for (const x of a.entities) {
    if (!x.role) continue;
    const y = b.entities.find((e) => e.norm === x.norm && e.role);
    if (!y || !y.role) continue;
    const [ra, rb] = [x.role.toLowerCase(), y.role.toLowerCase()];
    if (ra.includes(rb) || rb.includes(ra)) continue;
    out.push({ type: 'role', values: [`${x.text}, ${x.role}`, `${y.text}, ${y.role}`] });
  }

  if (close && a.negated !== b.negated) {
    out.push({
      type: 'negation',
      values: [a.negated ? 'negated' : 'affirmed', b.negated ? 'negated' : 'affirmed']
    });
  }

  const denied = (c: Claim) => c.certainty === 'denied';
  const alleged = (c: Claim) => c.certainty === 'hedged' && c.hedges.some((h) => STRONG_HEDGES.test(h));
  const allegedVsAsserted =
    (a.certainty === 'asserted' && alleged(b)) || (b.certainty === 'asserted' && alleged(a));
  if (denied(a) !== denied(b) || allegedVsAsserted) {
    out.push({ type: 'certainty', values: [certaintyLabel(a), certaintyLabel(b)] });
  }

  if (close && a.attribution && b.attribution) {
    const [sa, sb] = [a.attribution.source.toLowerCase(), b.attribution.source.toLowerCase()];
    if (!sa.includes(sb) && !sb.includes(sa) && !mentionedIn('a', sb) && !mentionedIn('b', sa)) {
      out.push({ type: 'attribution', values: [a.attribution.source, b.attribution.source] });
    }
  }
  return out;
}

const WEEKDAY = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;

/** Distinct weekday names in a text, as written. */
function weekdays(text: string): string[] {
  const seen = new Map<string, string>();
  for (const m of text.matchAll(WEEKDAY))
    if (!seen.has(m[0].toLowerCase())) seen.set(m[0].toLowerCase(), m[0]);
  return [...seen.values()];
}

function certaintyLabel(c: Claim): string {
  return c.hedges.length && c.certainty === 'hedged' ? `hedged (${c.hedges.join(', ')})` : c.certainty;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
