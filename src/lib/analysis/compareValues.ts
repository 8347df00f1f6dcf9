// Typed discrepancies between two aligned claims. Values are only compared inside the same slot (same thing
// counted / same unit, same date role, same person), and compatible values are not discrepancies: "dozens" vs
// "at least 50", "mid-July" vs "July 15". Different reported values of one slot are: 1.2 vs 12 miles, 4.6 vs 4.7
// magnitude, "at least 1 dead" vs "at least 5 dead".
import { analyzeText, type TextMemo, type TextToken } from './features/analyzeText';
import { findNegation, NEGATION_WORD } from './features/findNegation';
import { REPORTING_VERBS } from './lexicon/attribution';
import { DENIAL } from './lexicon/certainty';
import { WORD_NUMBERS } from './lexicon/numbers';
import { GENERAL_PERSON_NOUNS, OUTCOME_CLASSES } from './lexicon/outcomes';
import { lemmatize, synsetsOf } from './lemmatize';
import { STOPWORDS } from './profileSentence';
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

/** Square metres per area unit: areas in different units share one slot and are compared in square metres. */
const SQUARE_METRES: Record<string, number> = {
  'sq m': 1,
  'sq ft': 0.09290304,
  'sq km': 1e6,
  'sq mi': 2589988,
  acre: 4046.856,
  hectare: 10000
};

/** Square metres per unit of an area quantity, else null. */
function areaScale(q: Quantity): number | null {
  return (q.unit && SQUARE_METRES[q.unit]) || null;
}

/** Metres per unit of a length quantity (the extractor puts "m" in `unit` or in `counted`), else null. */
export function lengthScale(q: Quantity): number | null {
  for (const u of [q.unit, q.counted]) if (u && METRES[u.toLowerCase()]) return METRES[u.toLowerCase()];
  return null;
}

/** The slot a quantity fills: a length, else what it counts, else its unit, else the first content word after it. */
export function quantitySlot(q: Quantity, claimText: string, claimStart: number): string | null {
  if (lengthScale(q)) return `length ${lengthDimension(q, claimText, claimStart)}`;
  if (areaScale(q)) return 'area';
  // Sums in two currencies ("€2 million ($2.6 million)") are one figure converted, not two values of one slot.
  if (q.counted) return `c:${normSlot(q.counted)}${isCurrency(q.unit) ? ` ${q.unit}` : ''}`;
  if (q.unit) return `u:${normSlot(q.unit)}`;
  const after = claimText.slice(q.end - claimStart).match(/^[\s-]*([A-Za-z]+)/);
  if (
    !after ||
    /^(and|or|of|in|on|at|to|the|a|an|percent|per|more|than|from|by|p|a\.m|pm|am)$/i.test(after[1])
  )
    return null;
  return `w:${lemmatize(after[1].toLowerCase())}`;
}

const COMPASS = String.raw`(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?`;

/**
 * What a length measures: a quake's depth and its distance from a town, a building's height and a fall's length
 * are different slots, and distances from two different places are too ("8 km from Anza" / "40 km north of
 * Palm Springs" can both be right). Returns 'depth', 'height', 'long', 'wide', 'distance <place>' or '' (unsaid).
 */
export function lengthDimension(q: Quantity, claimText: string, claimStart: number): string {
  const after = claimText.slice(q.end - claimStart, q.end - claimStart + 60);
  const before = claimText.slice(Math.max(0, q.start - claimStart - 30), q.start - claimStart);
  if (
    /^\s*(?:\)\s*)?(?:deep|below|under(?:ground| the)|beneath)\b/i.test(after) ||
    /\bdepths?\s+of\s*$/i.test(before)
  )
    return 'depth';
  if (/^\s*(?:high|tall|above)\b/i.test(after) || /\bheight\s+of\s*$/i.test(before)) return 'height';
  if (/^\s*long\b/i.test(after)) return 'long';
  if (/^\s*wide\b/i.test(after)) return 'wide';
  const distance = new RegExp(
    String.raw`^\s*(?:\([^)]*\)\s*)?(?:away\s+)?(?:from|of|outside|off|${COMPASS}(?:\s+of)?)\s+(?:the\s+)?(?:(?:town|city|village|coast|centre|center)\s+of\s+)?([\p{L}'’.-]+)?`,
    'iu'
  ).exec(after);
  // A distance from a place named with a capital ("from Anza", "north of Palm Springs"); one from "a ridge" or
  // "the coast" names no place (the case-insensitive match must not take "a" for one).
  const place = distance?.[1] && /^\p{Lu}/u.test(distance[1]) ? distance[1].replace(/\.$/, '') : undefined;
  if (distance || /\bdistance\s+of\s*$/i.test(before)) return `distance ${place?.toLowerCase() ?? ''}`.trim();
  return '';
}

function normSlot(s: string): string {
  return s
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (GENERAL_PERSON_NOUNS.has(w) ? 'person' : (OUTCOME_CLASSES[w] ?? lemmatize(w))))
    .join(' ');
}

/**
 * A count of people takes the outcome its verb names ("four people were killed" and "five people died" are
 * both `c:person death`), so tolls worded differently are compared and different outcomes (killed / injured)
 * are not. Returns the slot unchanged when it has an outcome already or none applies.
 */
const KILLED_BY =
  /\b(?:shot|stabbed|beaten|burned|burnt|strangled|hacked|crushed|gunned down)\s+(?:to death|dead)\b/i;

/** "shot to death one person", "two were stabbed dead": the phrase next to the count names the outcome. */
function killedBy(q: Quantity, c: Claim): boolean {
  const at = q.start - c.start;
  const end = q.end - c.start;
  return (
    KILLED_BY.test(c.text.slice(Math.max(0, at - 40), at)) || KILLED_BY.test(c.text.slice(end, end + 50))
  );
}

function withOutcome(slot: string, q: Quantity, c: Claim, memo?: TextMemo): string {
  if (slot !== 'c:person') return slot;
  const verb = governingVerb(q, c, memo);
  // "lost their lives" is a death; "lost their homes" is not an outcome of this kind. "Shot to death",
  // "stabbed dead": the verb names the means and the phrase the outcome.
  const outcome =
    verb === 'lose'
      ? /\blos[et]\s+(?:their|his|her)\s+li(?:fe|ves)\b/i.test(c.text)
        ? 'death'
        : undefined
      : (verb && OUTCOME_CLASSES[verb]) || (killedBy(q, c) ? 'death' : undefined);
  return outcome ? `${slot} ${outcome}` : slot;
}

const OUTCOME_SLOT_CLASSES = new Set(Object.values(OUTCOME_CLASSES));

/** A slot that names its outcome ("c:person death") already says what happened, whatever the verbs. */
function namesOutcome(slot: string): boolean {
  return OUTCOME_SLOT_CLASSES.has(slot.split(' ').pop()!);
}

const isLengthSlot = (slot: string) => /^(?:total )?(?:part |more )?length\b/.test(slot);

/**
 * A span of time measures an activity, as a length measures a dimension: "seven seasons as an assistant" and
 * "one season as head coach", or "served 10 years" and "was sentenced to 12 years", are different slots. Two
 * durations are compared only when both name the same action (sameAction, strict).
 */
const isDurationSlot = (slot: string) =>
  /(?:^|\s|:)(?:second|minute|hour|day|week|month|year|season|decade|term|night)s?$/.test(slot);

/**
 * Two lengths in metres, or two areas in square metres; across units, values are approximate (200 ft is "about
 * 60 m", 170,000 sq ft "about 15,800 m²").
 */
function inOneUnit(a: Quantity, b: Quantity, slot: string): [Quantity, Quantity] {
  if (slot !== 'area' && !isLengthSlot(slot)) return [a, b];
  const scaleOf = slot === 'area' ? areaScale : lengthScale;
  const [sa, sb] = [scaleOf(a)!, scaleOf(b)!];
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
  // Two point figures: an approximation ("about 150 m") tolerates 15% of the larger value, once. Two different
  // approximations are different reported figures ("about 150 m" / "about 200 m"), not overlapping ranges.
  const point = (q: Quantity) =>
    (q.bound ?? 'exact') === 'exact' && (q.max === undefined || q.max === q.value);
  if (point(a) && point(b)) {
    const tolerance = a.approx || b.approx ? 0.15 : 0;
    return Math.abs(a.value - b.value) > tolerance * Math.max(Math.abs(a.value), Math.abs(b.value)) + 1e-9;
  }
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

/** Currencies are the upper-case units (ISO codes: "USD", "EUR"); every other unit is lower case. */
function isCurrency(unit: string | undefined): boolean {
  return !!unit && /^[A-Z]{3}$/.test(unit);
}

/** A street number ("the 12000 block of East 223rd Street") is an address, not a figure of the story. */
function isAddressNumber(q: Quantity, c: Claim): boolean {
  return /^\s*(?:block|blk)\b/i.test(c.text.slice(q.end - c.start));
}

/** A difference, not a value of the slot: "five rounds sooner than", "three more than", "10 fewer". */
function isDifference(q: Quantity, c: Claim): boolean {
  return /^\s*(?:[a-z]+\s+)?(?:sooner|later|earlier|more|fewer|less|longer|shorter|higher|lower|bigger|smaller)\s+than\b/i.test(
    c.text.slice(q.end - c.start)
  );
}

/** A figure per period, item or person ("$22 million per season", "99 cents each") is a rate: another slot
 * than a total ("a $200 million offer"). */
const RATE =
  /^\s*(?:(?:per|a|an|each)\s+(?:year|season|month|week|day|hour|game|match|share|person|head|capita|night|episode|album|song|ticket|unit)\b|apiece\b|each\b|annually\b|a piece\b)/i;

/** Running totals ("a total of 14 rifles so far") count something else than one incident's figures. */
const CUMULATIVE = /\b(a total of|in total|so far|thus far|to date|altogether|in all)\b/i;

/**
 * Whose age a number gives: the person named in apposition ("Raj Chohan, 59,") or right after it ("32-year-old
 * Englishman Robert Buckley"), else the noun it describes ("a 36-year-old climber"). Two ages in one fact are
 * compared only for the same holder: a story about a crash gives the victim's and the driver's ages.
 */
export function ageHolder(q: Quantity, c: Claim, memo?: TextMemo): string | undefined {
  const people = c.entities.filter((e) => e.type === 'person');
  const between = (from: number, to: number) => c.text.slice(from - c.start, to - c.start);
  const surname = (norm: string) => norm.split(/\s+/).pop()!;
  const before = people.find((e) => e.end <= q.start && /^\s*,\s*$/.test(between(e.end, q.start)));
  if (before) return `person ${surname(before.norm)}`;
  // The entity finder sometimes types "Englishman Robert Buckley" as 'other': a name after the age still holds it,
  // when only words of one noun phrase stand between ("an 11-year-old girl was hurt by Andrew Lopez": not his age).
  const tokens = analyzeText(c.text, memo).tokens;
  const onePhrase = (from: number, to: number) =>
    tokens.every(
      (t) => t.end <= from - c.start || t.start >= to - c.start || !['VERB', 'AUX', 'ADP'].includes(t.pos)
    );
  const after = c.entities.find(
    (e) =>
      (e.type === 'person' || e.type === 'other') &&
      e.start >= q.end &&
      e.start - q.end <= 40 &&
      /^[\s\p{L}.-]*$/u.test(between(q.end, e.start)) &&
      onePhrase(q.end, e.start)
  );
  if (after) return `person ${surname(after.norm)}`;
  for (const t of tokens.filter((t) => t.start >= q.end - c.start).slice(0, 4)) {
    if (t.pos === 'NOUN') return `noun ${lemmatize(t.lower)}`;
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'PUNCT') break;
  }
  return undefined;
}

/**
 * The verb a number's noun phrase is the object or subject of: "spotted a fact of five boats" -> spot,
 * "intercepted the remaining three boats" -> intercept, "five pirate boats tried to attack" -> try.
 */
export function governingVerb(q: Quantity, c: Claim, memo?: TextMemo): string | undefined {
  const tokens = analyzeText(c.text, memo).tokens;
  const at = tokens.findIndex((t) => t.start >= q.start - c.start);
  if (at < 0) return undefined;
  const inPhrase = new Set(['DET', 'ADJ', 'NOUN', 'ADP', 'NUM', 'ADV', 'PART']);
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    // "Microsoft said three facts sponsored...": a reporting verb frames the clause, it counts nothing.
    if (tokens[k].pos === 'VERB' && !REPORTING.has(tokens[k].lower)) return lemmatize(tokens[k].lower);
    if (!inPhrase.has(tokens[k].pos)) break;
  }
  const end = tokens.findIndex((t) => t.start >= q.end - c.start);
  for (let k = end; k >= 0 && k < tokens.length && k < end + 4; k++) {
    if (tokens[k].pos === 'VERB') return lemmatize(tokens[k].lower);
    if (!['ADJ', 'NOUN', 'PROPN', 'ADV', 'AUX'].includes(tokens[k].pos)) break;
  }
  return undefined;
}

const REPORTING = new Set(REPORTING_VERBS);

/** Outcome slots ("people killed", deaths) already name what happened; the verb around them varies freely. */
const OUTCOME_SLOT =
  /\b(killed|dead|death|injured|wounded|hurt|missing|arrested|detained|displaced|evacuated|rescued|died|affected)\b/;

/**
 * Two counts of the same noun can count different actions: "five boats approached" / "three boats were
 * intercepted". They are compared only when their governing verbs agree (same lemma or WordNet synonyms), or
 * one of them has none.
 */
function sameAction(x: Quantity, a: Claim, y: Quantity, b: Claim, strict: boolean, memo?: TextMemo): boolean {
  if (OUTCOME_SLOT.test(x.counted ?? '') || OUTCOME_SLOT.test(y.counted ?? '')) return true;
  const [va, vb] = [governingVerb(x, a, memo), governingVerb(y, b, memo)];
  if (!va || !vb) return !strict;
  if (va === vb) return true;
  const synonyms = new Set(synsetsOf(va));
  return synsetsOf(vb).some((s) => synonyms.has(s));
}

/** The one figure a slot's quantities give: the first, when all of them agree with each other. */
function oneFigure(list: Quantity[], slot: string): Quantity | null {
  for (let i = 1; i < list.length; i++) {
    const [x, y] = inOneUnit(list[0], list[i], slot);
    if (quantitiesConflict(x, y)) return null;
  }
  return list[0] ?? null;
}

/**
 * Which share of a whole a number counts: a part of a fact ("two of the victims", "one of them") or an
 * addition to a count given before ("two more bodies", "another three", "three other people"). Either is
 * another slot than the whole's count: "one of the workers was hurt" does not contradict "three workers".
 */
const NUMBER_WORDS = Object.keys(WORD_NUMBERS)
  .filter((w) => w.length > 2)
  .join('|');

function share(q: Quantity, c: Claim): string {
  const after = c.text.slice(q.end - c.start, q.end - c.start + 30);
  const before = c.text.slice(Math.max(0, q.start - c.start - 20), q.start - c.start);
  if (
    /^\s+of\s+(?:the|them|those|these|their|its|his|her|our|us|whom|which)\b/i.test(after) ||
    new RegExp(String.raw`^\s+of\s+(?:\d|(?:${NUMBER_WORDS})\b)`, 'i').test(after)
  )
    return 'part ';
  if (
    /\b(?:another|an additional|additional|a further|further)\s+$/i.test(before) ||
    /^\s+(?:more|other|others|additional|further|extra)\b/i.test(after)
  )
    return 'more ';
  return '';
}

function quantitiesBySlot(c: Claim, memo?: TextMemo): Map<string, Quantity[]> {
  const out = new Map<string, Quantity[]>();
  const scope = CUMULATIVE.test(c.text) ? 'total ' : '';
  for (const q of c.numbers) {
    if (isModelNumber(q, c) || isAddressNumber(q, c) || isDifference(q, c)) continue;
    // Ordinals rank members of a series ("the second time", "the first woman to host"): two different ranks
    // in one fact name different members (her first and her second hosting), not conflicting counts.
    if (q.unit === 'ordinal') continue;
    let bare = quantitySlot(q, c.text, c.start);
    if (bare === 'c:age') bare = `age of ${ageHolder(q, c, memo) ?? 'someone'}`;
    else if (bare) bare = withOutcome(bare, q, c, memo);
    const rate = RATE.test(c.text.slice(q.end - c.start)) ? 'rate ' : '';
    const slot = bare && scope + rate + share(q, c) + bare;
    if (!slot) continue;
    if (!out.has(slot)) out.set(slot, []);
    out.get(slot)!.push(q);
  }
  return out;
}

/**
 * Discrepancies between two claims already judged to state the same fact. `mentionedIn(side, text)` tells whether
 * a name also appears anywhere in the other article, so a place or name only counts as changed when the other
 * outlet never mentions it (they may simply name different parts of the story).
 */
export interface CompareContext {
  mentionedIn?: (side: 'a' | 'b', norm: string) => boolean;
  /** How much of each claim's content the other covers (0..1, see mutualCoverage); weak signals need a close pair. */
  closeness?: number;
  /** Where the claims' text analyses are kept between comparisons (the engine passes its context's). */
  texts?: TextMemo;
}

/** Negation, attribution and place differences are only meaningful between near-paraphrases: in looser pairs
 * they mostly belong to different parts of the story (on facts-dev they were 90% false alarms there). */
export const CLOSE_PAIR = 0.55;

/**
 * A claim's words and figures without punctuation, spacing or case ("hadn’ t" and "hadn't" read the same); a point
 * or comma between digits stays ("1.2" is not "12").
 */
const wording = (text: string) =>
  text
    .toLowerCase()
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, '')
    .replace(/[^\p{L}\p{N}.,]+/gu, '');

export function compareValues(a: Claim, b: Claim, context: CompareContext = {}): ValueDiscrepancy[] {
  // The same words in the same order cannot contradict each other, whatever quotes or apostrophes they carry.
  if (wording(a.text) === wording(b.text)) return [];
  const mentionedIn = context.mentionedIn ?? (() => false);
  const close = (context.closeness ?? 1) >= CLOSE_PAIR;
  const out: ValueDiscrepancy[] = [];

  const memo = context.texts;
  const qa = quantitiesBySlot(a, memo);
  const qb = quantitiesBySlot(b, memo);
  // Figures about two different people ("Robert Buckley fell 2,000 ft" / "Duncan Rait fell 200 ft") are two
  // facts, whatever grouped them.
  if (aboutOtherPeople(a, b)) qa.clear();
  for (const [slot, listA] of qa) {
    const listB = qb.get(slot);
    if (!listB) continue;
    // Slots with several different values on one side (lists, several items) are ambiguous: compare only when
    // each side gives one figure (a conversion such as "60 metres (200 feet)" is one figure).
    const [x0, y0] = [oneFigure(listA, slot), oneFigure(listB, slot)];
    if (!x0 || !y0) continue;
    // A length that does not say what it measures (depth, distance from a place...) is measured by its verb
    // ("fell 60 m"): without one on both sides, nothing says the two lengths are one slot.
    // A sum of money with no noun saying what it pays for ("paid $3 million" / "$363 million in the till") is
    // one slot only through its verb, too.
    const strict =
      /^(?:total )?(?:part |more )?length$/.test(slot) ||
      isDurationSlot(slot) ||
      (!x0.counted && isCurrency(x0.unit));
    if (!namesOutcome(slot) && !sameAction(x0, a, y0, b, strict, memo)) continue;
    const [x, y] = inOneUnit(x0, y0, slot);
    if (quantitiesConflict(x, y)) out.push({ type: 'number', values: [x0.text, y0.text] });
  }

  const eventDate = (c: Claim) => (d: DateValue) =>
    (!d.relative || d.precision !== 'vague') && !datesStatement(c.text.slice(0, d.start - c.start));
  const datesA = a.dates.filter(eventDate(a));
  const datesB = b.dates.filter(eventDate(b));
  // A weekday or "last night" with no publication date to resolve it against is no value to compare: it may be
  // another week's, or the other side of midnight ("late Thursday" / "early Friday").
  if (
    datesA.length === 1 &&
    datesB.length === 1 &&
    datesConflict(datesA[0], datesB[0]) &&
    sameDatedHappening(datesA[0], a, datesB[0], b, memo)
  )
    out.push({ type: 'date', values: [datesA[0].text, datesB[0].text] });

  const variants = nameVariants(a, b);
  out.push(...variants);
  // Two different people named in one fact are not two values of one slot: a story names the victim, the
  // suspect and a spokesman in turn, and nothing here tells their roles apart. Only spelling variants of one
  // name (above) are name discrepancies. A place stays a value of the fact between near-paraphrases.
  if (close) {
    const ea = a.entities.filter((e) => e.type === 'place');
    const eb = b.entities.filter((e) => e.type === 'place');
    if (ea.length === 1 && eb.length === 1) {
      const [x, y] = [ea[0], eb[0]];
      if (
        !(x.norm === y.norm || x.norm.includes(y.norm) || y.norm.includes(x.norm)) &&
        !mentionedIn('b', x.norm) &&
        !mentionedIn('a', y.norm)
      )
        out.push({ type: 'place', values: [x.text, y.text] });
    }
  }

  for (const x of a.entities) {
    if (!x.role) continue;
    const y = b.entities.find((e) => e.norm === x.norm && e.role);
    if (!y || !y.role) continue;
    const [ra, rb] = [expandInitials(x.role, y.role), expandInitials(y.role, x.role)];
    if (ra.includes(rb) || rb.includes(ra)) continue;
    // A person holds several titles at once ("police inspector" and "police spokesman"): only two different
    // titles of one kind conflict ("Defense Minister" / "Foreign Minister").
    if (roleHead(ra) !== roleHead(rb)) continue;
    out.push({ type: 'role', values: [`${x.text}, ${x.role}`, `${y.text}, ${y.role}`] });
  }

  if (close && a.negated !== b.negated) {
    const [no, yes] = a.negated ? [a, b] : [b, a];
    const clash = deniedPredicate(no, yes, memo);
    if (clash) {
      const values: [string, string] = a.negated ? clash : [clash[1], clash[0]];
      out.push({ type: 'negation', values });
    }
  }

  // A denial of what the other side reports differs. A property one side hedges and the other states ("allegedly
  // drunk" / "drunk") is a certainty discrepancy too, but it makes the hedging outlet partial, not "differs"
  // (isHedgeOnly, verdicts.ts). Other differences in certainty are no discrepancy.
  const denied = (c: Claim) => c.certainty === 'denied';
  if (denied(a) !== denied(b)) {
    if (deniesWhatOtherSays(denied(a) ? a : b, denied(a) ? b : a, memo))
      out.push({ type: 'certainty', values: [certaintyLabel(a), certaintyLabel(b)] });
  } else {
    const aHedges = hedgedProperty(a, b, memo);
    const bHedges = aHedges ? null : hedgedProperty(b, a, memo);
    if (aHedges) out.push({ type: 'certainty', values: aHedges });
    else if (bHedges) out.push({ type: 'certainty', values: [bHedges[1], bHedges[0]] });
  }

  // Different sources for one fact ("police said" / "officials said") can both be accurate: that is no
  // discrepancy (a claim's source is shown beside it).
  return out;
}

/**
 * Whether the two claims name people and none of them is the same person (same surname, or a spelling of it).
 */
function aboutOtherPeople(a: Claim, b: Claim): boolean {
  const surnames = (c: Claim) =>
    c.entities.filter((e) => e.type === 'person').map((e) => e.norm.split(/\s+/).pop()!);
  const [sa, sb] = [surnames(a), surnames(b)];
  if (!sa.length || !sb.length) return false;
  return !sa.some((x) => sb.some((y) => x === y || editDistance(x, y) <= (x.length > 6 ? 2 : 1)));
}

/** Whether WordNet knows the word (as any part of speech), in any inflection. */
const isWord = (word: string) => synsetsOf(lemmatize(word)).length > 0;

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);

/**
 * Spelling variants of one surname ("Duncan Rait" / "Duncan Raite"): names the two outlets spell differently, in
 * any number of names per claim. The first names, where both give one, must match, and neither claim may also
 * use the other's spelling (then the two are different people).
 */
function nameVariants(a: Claim, b: Claim): ValueDiscrepancy[] {
  const named = (c: Claim) => c.entities.filter((e) => e.type === 'person');
  const [wordsA, wordsB] = [words(a.text), words(b.text)];
  const out: ValueDiscrepancy[] = [];
  for (const x of named(a))
    for (const y of named(b)) {
      const [tx, ty] = [x.norm.split(/\s+/), y.norm.split(/\s+/)];
      const [lastX, lastY] = [tx[tx.length - 1], ty[ty.length - 1]];
      if (lastX === lastY || Math.min(lastX.length, lastY.length) < 4) continue;
      // An inflected form is the same name ("Oscar" / "Oscars", "India" / "Indian").
      const [short, long] = lastX.length < lastY.length ? [lastX, lastY] : [lastY, lastX];
      if (long.startsWith(short) && /^(s|es|n|an|ian|ese|i)$/.test(long.slice(short.length))) continue;
      if (editDistance(lastX, lastY) > (lastX.length > 6 ? 2 : 1)) continue;
      if (tx.length > 1 && ty.length > 1 && tx[0] !== ty[0]) continue;
      if (wordsA.has(lastY) || wordsB.has(lastX)) continue;
      // Two spellings of an English word are no surname ("Gordon Advisors" / "Gordon Advisers").
      if (isWord(lastX) || isWord(lastY)) continue;
      if (!out.some((d) => d.values[0] === x.text && d.values[1] === y.text))
        out.push({ type: 'name', values: [x.text, y.text] });
    }
  return out;
}

/**
 * What a negated claim denies that the other affirms: the word its negation cue negates ("did not stop" ->
 * stop, "pleaded not guilty" -> guilty, "no one was killed" -> kill), found in the other claim as the same
 * lemma. Returns both sides in words (["did not stop", "stopped"]), or null when the affirming claim does not
 * state that predicate: "no injuries were reported" does not deny "the fire destroyed the house".
 */
const UNTOLD = new Set([
  'confirm',
  'know',
  'clear',
  'identify',
  'release',
  'disclose',
  'determine',
  'say',
  'comment',
  'reach',
  'available',
  'immediately',
  'report',
  'specify',
  'name',
  'reveal',
  'elaborate',
  'verify',
  'yet'
]);

export function deniedPredicate(negated: Claim, affirmed: Claim, memo?: TextMemo): [string, string] | null {
  const { cues } = findNegation(negated.text);
  const tokens = analyzeText(negated.text, memo).tokens;
  const affirmedTokens = analyzeText(affirmed.text, memo).tokens;
  // The other side must state the predicate without a negation of its own: "does not fit" inside a quotation, or
  // "there was no standard" in a clause findNegation leaves aside, deny just the same.
  const other = affirmedTokens.filter(
    (t, k) => ['VERB', 'ADJ', 'NOUN'].includes(t.pos) && !negatedAt(affirmedTokens, k)
  );
  for (const cue of cues) {
    const at = tokens.findIndex((t) => t.start >= cue.end);
    if (at < 0) continue;
    for (let k = at; k < tokens.length && k < at + 4; k++) {
      const t = tokens[k];
      if (!['VERB', 'ADJ', 'NOUN'].includes(t.pos)) {
        if (['AUX', 'PART', 'DET', 'ADV', 'PRON'].includes(t.pos)) continue;
        break;
      }
      const lemma = lemmatize(t.lower);
      // "has not confirmed", "could not be identified", "did not say": not knowing or not telling is a difference
      // in certainty (partial), not a denial of what the other side states.
      if (UNTOLD.has(lemma) || REPORTING.has(t.lower)) break;
      const match = other.find((o) => lemmatize(o.lower) === lemma);
      if (!match) break;
      // The negated side states it as well elsewhere ("0.09 Palm shares (and no shares of PalmSource)"): what it
      // denies is something else.
      if (tokens.some((x, j) => j !== k && lemmatize(x.lower) === lemma && !negatedAt(tokens, j))) break;
      // The words from an auxiliary right before the cue ("did not") to the predicate.
      const aux = tokens.findIndex((x) => x.end <= cue.start && x.end >= cue.start - 1 && x.pos === 'AUX');
      const from = aux >= 0 ? tokens[aux].start : cue.start;
      return [negated.text.slice(from, t.end), match.text];
    }
  }
  return null;
}

/** The head noun of a title: "deputy secretary-general" -> "secretary-general", "Defense Minister" -> "minister". */
/**
 * `role` in lower case with each of its abbreviations written out as `other` spells it: "CHP Officer" against
 * "California Highway Patrol Officer" reads "california highway patrol officer".
 */
function expandInitials(role: string, other: string): string {
  const words = other.split(/\s+/);
  return role
    .split(/\s+/)
    .map((token) => {
      if (!/^[A-Z]{2,6}$/.test(token)) return token;
      for (let i = 0; i + token.length <= words.length; i++) {
        const run = words.slice(i, i + token.length);
        if (run.every((w, k) => w[0] === token[k])) return run.join(' ');
      }
      return token;
    })
    .join(' ')
    .toLowerCase();
}

function roleHead(role: string): string {
  return lemmatize(role.trim().split(/\s+/).pop() ?? '');
}

/** A negation cue among the three tokens before token k ("not", "no", "never", "n't", "without", "failed to"). */
function negatedAt(tokens: readonly TextToken[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) if (NEGATION_WORD.test(tokens[j].lower)) return true;
  return false;
}

const PROPERTY_HEDGE = /\b(?:allegedly|reportedly|apparently|purportedly|supposedly|suspected|alleged)\s+$/i;

/**
 * One side hedges a property the other states plainly: "an allegedly drunk driver" / "a drunk driver". Only an
 * adjective right after an evidential hedge: who did an act ("suspected of shooting") is another question than
 * whether the act happened ("the shooting"), which words alone do not tell apart.
 */
function hedgedProperty(h: Claim, p: Claim, memo?: TextMemo): [string, string] | null {
  if (h.certainty !== 'hedged' || p.certainty === 'hedged' || p.certainty === 'denied') return null;
  const plain = analyzeText(p.text, memo).tokens;
  for (const t of analyzeText(h.text, memo).tokens) {
    if (t.pos !== 'ADJ') continue;
    const hedge = PROPERTY_HEDGE.exec(h.text.slice(Math.max(0, t.start - 14), t.start));
    if (!hedge) continue;
    const lemma = lemmatize(t.lower);
    const k = plain.findIndex((o) => o.pos === 'ADJ' && lemmatize(o.lower) === lemma);
    if (
      k < 0 ||
      negatedAt(plain, k) ||
      // "I was scared": a speaker about themself, not the outlet about the person the other side hedges.
      plain.slice(Math.max(0, k - 3), k).some((o) => /^(?:i|we)$/.test(o.lower)) ||
      PROPERTY_HEDGE.test(p.text.slice(Math.max(0, plain[k].start - 14), plain[k].start))
    )
      continue;
    return [`${hedge[0]}${t.text}`, plain[k].text];
  }
  return null;
}

const DENIAL_AT = new RegExp(DENIAL.source, 'gi');
/** Words that frame what is denied rather than say it ("denied reports that ...", "deny any suggestion"). */
const DENIAL_FRAME =
  /^(?:reports?|suggestions?|rumou?rs?|claims?|allegations?|accusations?|charges?|speculation|any|all|the|a|an|that|he|she|it|they|his|her|their|was|were|is|are|had|has|have|been|being|be|of|to|ever|wrongdoing)$/i;

/**
 * A denial conflicts with the other side only when it denies what that side says: "Man denies arson" against
 * "Man charged with arson", not against "Major fire at Waitrose" (the fire is not denied), and "Denying he was a
 * gangster, Gigante would wander the streets" does not deny the wandering. What is denied: the content words of
 * the phrase after the denial (past "reports that he was" and the like); the other side must use one of them.
 */
function deniesWhatOtherSays(negating: Claim, other: Claim, memo?: TextMemo): boolean {
  const otherWords = new Set(analyzeText(other.text, memo).tokens.map((t) => lemmatize(t.lower)));
  for (const m of negating.text.matchAll(DENIAL_AT)) {
    // The denied phrase ends at punctuation or where another phrase starts ("denied arson following a fire").
    const after = negating.text
      .slice(m.index! + m[0].length)
      .split(/[,;:.!?]|\s(?:following|after|before|over|during|since|because|when|while|at|in|on)\s/i)[0];
    const words = (after.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).slice(0, 8);
    const content = words.filter((w) => !DENIAL_FRAME.test(w) && !STOPWORDS.has(w.toLowerCase()));
    if (content.some((w) => otherWords.has(lemmatize(w)))) return true;
  }
  return false;
}

/** The verbs near a date, and the noun it modifies: what it dates ("killed June 24", "the June 20 shooting"). */
function datedWords(d: DateValue, c: Claim, memo?: TextMemo): string[] {
  const tokens = analyzeText(c.text, memo).tokens;
  const [from, to] = [d.start - c.start, d.end - c.start];
  const first = tokens.findIndex((t) => t.end > from);
  const last = tokens.findLastIndex((t) => t.start < to);
  if (first < 0) return [];
  const verb = (t: TextToken) => t.pos === 'VERB' && !REPORTING.has(t.lower);
  // Verbs on either side; a noun only right after the date, which then modifies it ("the June 20 shooting"):
  // the subject before it ("the cable went down on ...") is no happening.
  return tokens
    .filter(
      (t, k) =>
        (k >= first - 5 && k < first && verb(t)) ||
        (k > last && k <= last + 5 && verb(t)) ||
        (k > last && k <= last + 3 && t.pos === 'NOUN')
    )
    .map((t) => lemmatize(t.lower));
}

/**
 * Two dates are one slot only when they date the same happening: a story grouped as one fact may date the
 * shooting June 20 and the killing June 24, the outage October 8 and the repair October 29. The words around each
 * date (its verb, or the noun it dates) must share a word or a WordNet synonym.
 */
function sameDatedHappening(x: DateValue, a: Claim, y: DateValue, b: Claim, memo?: TextMemo): boolean {
  const [wa, wb] = [datedWords(x, a, memo), datedWords(y, b, memo)];
  const synonyms = new Set(wa.flatMap((w) => synsetsOf(w)));
  return wb.some((w) => wa.includes(w) || synsetsOf(w).some((id) => synonyms.has(id)));
}

/** Whether a date right after `before` dates a statement: "said Monday", "announced on Friday". */
function datesStatement(before: string): boolean {
  const verb = before.match(/([A-Za-z]+)\s+(?:on\s+)?$/);
  return !!verb && REPORTING.has(verb[1].toLowerCase());
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
