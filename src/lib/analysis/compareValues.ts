// Typed discrepancies between two aligned claims. Values are only compared inside the same slot (same thing
// counted / same unit, same date role, same person), and compatible values are not discrepancies: "dozens" vs
// "at least 50", "mid-July" vs "July 15". Different reported values of one slot are: 1.2 vs 12 miles, 4.6 vs 4.7
// magnitude, "at least 1 dead" vs "at least 5 dead". Each kind of value has its own file: quantitySlots and
// quantitiesConflict (figures; figureHolder and articleYear say whose and when), zeroTollConflicts (a toll of
// none), scoreConflicts, datesConflict, nameVariants, perpetratorConflicts, placeConflicts, roleConflicts,
// deniedPredicate (negation) and certaintyConflicts.
import { inOtherHappenings } from './articleYear';
import { certaintyConflicts } from './certaintyConflicts';
import { countsConflict } from './countedSets';
import {
  dateInWords,
  datesConflict,
  datesStatement,
  edgeBefore,
  sameDatedHappening,
  timeRounding
} from './datesConflict';
import { deniedPredicate } from './deniedPredicate';
import type { TextMemo } from './features/analyzeText';
import { sameHolder } from './figureHolder';
import { aboutOtherPeople, nameVariants } from './nameVariants';
import { quantitiesConflict } from './quantitiesConflict';
import {
  inOneUnit,
  isMove,
  isCurrency,
  aboutOtherVariants,
  countsPart,
  isDurationSlot,
  isTallySlot,
  namesOutcome,
  oneApartByThePerpetrator,
  oneFigure,
  populationsOfOtherPlaces,
  quantitiesBySlot,
  sameAction,
  sameAgedPerson,
  sharesOfOtherWholes
} from './quantitySlots';
import { placeConflicts } from './placeConflicts';
import { perpetratorConflicts } from './perpetratorConflicts';
import { scoreConflicts } from './scoreConflicts';
import { zeroTollConflicts } from './zeroTollConflicts';
import { roleConflicts } from './roleConflicts';
import type { Claim, DateValue, DiscrepancyType, Quantity } from './types';

export interface ValueDiscrepancy {
  type: DiscrepancyType;
  values: [string, string];
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
  /** The same leaving out both claims' names and figures (closenessApartFromValues): what a place conflict asks, as
   * the places are the names that differ. Defaults to `closeness`. */
  closenessApartFromValues?: number;
  /** Where the claims' text analyses are kept between comparisons (the engine passes its context's). */
  texts?: TextMemo;
  /** The year each claim's article reports from (articleYear), when known. */
  yearOf?: (side: 'a' | 'b') => number | undefined;
  /** The claim before each claim in its article, when known ("It killed 612 people" reports what it does). */
  before?: (side: 'a' | 'b') => Claim | undefined;
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

/** Slots of figures that count a noun ("c:child", "part c:person death"), not measures, ages or units. */
const COUNTED_SLOT = /(?:^|\s)c:/;

export function compareValues(a: Claim, b: Claim, context: CompareContext = {}): ValueDiscrepancy[] {
  // The same words in the same order cannot contradict each other, whatever quotes or apostrophes they carry.
  if (wording(a.text) === wording(b.text)) return [];
  const mentionedIn = context.mentionedIn ?? (() => false);
  const close = (context.closeness ?? 1) >= CLOSE_PAIR;
  const out: ValueDiscrepancy[] = [];

  const memo = context.texts;
  const qa = quantitiesBySlot(a, memo);
  const qb = quantitiesBySlot(b, memo);
  // Whether the two claims' figures are of different things. The tests scan both texts: they run only when the two
  // share a slot (or give a score each), and once.
  let apart: boolean | undefined;
  const figuresApart = () =>
    (apart ??=
      // Figures about two different people ("Robert Buckley fell 2,000 ft" / "Duncan Rait fell 200 ft") are two
      // facts, whatever grouped them.
      aboutOtherPeople(a, b) ||
      // Figures of two variants of a product ("the 13-inch model starts at $1,199" / "the 15-inch model at $1,999").
      aboutOtherVariants(a, b) ||
      // A figure of an earlier happening the story recalls ("in December 2003, ... killed more than 26,000") is
      // no value of the current one's fact. So is one dated by a month with no day ("In January, five cables were
      // cut" / "three were cut on Friday"), and one counted over another span ("this season", "over the past
      // eight days", a running total "so far").
      inOtherHappenings(a, b, context.yearOf?.('a'), context.yearOf?.('b'), {
        a: context.before?.('a'),
        b: context.before?.('b')
      }));
  const eventDate = (c: Claim) => (d: DateValue) =>
    (!d.relative || d.precision !== 'vague') && !datesStatement(c.text.slice(0, d.start - c.start));
  const datesA = a.dates.filter(eventDate(a));
  const datesB = b.dates.filter(eventDate(b));
  // (A weekday or "last night" with no publication date to resolve it against is no date at all: it may be another
  // week's.) The words before each claim's date, a bounded window, say how approximate its time is and whether it
  // is "late" or "early" in its day ("late Thursday" / "early Friday" may be one moment).
  const wordsBefore = (d: DateValue | undefined, c: Claim) =>
    d ? c.text.slice(Math.max(0, d.start - c.start - 30), d.start - c.start) : '';
  const [beforeA, beforeB] = [wordsBefore(datesA[0], a), wordsBefore(datesB[0], b)];
  // Whether the two claims' dates are days (or hours) that cannot both be right, and whether they date one
  // happening; each read once.
  let apartInTime: boolean | undefined;
  const daysApart = () =>
    (apartInTime ??=
      datesA.length === 1 &&
      datesB.length === 1 &&
      datesConflict(
        datesA[0],
        datesB[0],
        Math.max(timeRounding(datesA[0], beforeA), timeRounding(datesB[0], beforeB)),
        [edgeBefore(beforeA), edgeBefore(beforeB)]
      ));
  const datesApart = () => daysApart() && sameDatedHappening(datesA[0], a, datesB[0], b, memo);
  let twoMoves = false;

  if ([...qa.keys()].some((slot) => qb.has(slot)) && figuresApart()) qa.clear();
  for (const [slot, listA] of qa) {
    const listB = qb.get(slot);
    if (!listB) continue;
    // Slots with several different values on one side (lists, several items) are ambiguous: compare only when
    // each side gives one figure (a conversion such as "60 metres (200 feet)" is one figure).
    const [x0, y0] = [oneFigure(listA, slot), oneFigure(listB, slot)];
    if (!x0 || !y0) continue;
    // A length that does not say what it measures (depth, distance from a place...) is measured by its verb
    // ("fell 60 m"): without one on both sides, nothing says the two lengths are one slot ("a 73-yard drive" / "an
    // 80-yard touchdown"). Its slot is "length " (quantitySlot: an unsaid dimension is empty).
    // A sum of money with no noun saying what it pays for ("paid $3 million" / "$363 million in the till") is
    // one slot only through its verb, too, as is a count of people whose verb names no outcome ("20 people had
    // been inside" / "20,000 people took to the streets"): "people" alone does not say what was counted.
    const strict =
      /^(?:part |more )?length ?$/.test(slot) ||
      isDurationSlot(slot) ||
      (!x0.counted && isCurrency(x0.unit)) ||
      slot === 'c:person';
    // One player's yards against another's, one company's price against another's are two slots too. A toll
    // names its outcome and is the event's, whatever the verbs and whoever the sentence makes its subject.
    // A player's tally is one slot only with the same player's, named on both sides.
    const tally = isTallySlot(slot, x0);
    if (
      !namesOutcome(slot) &&
      !(sameAction(x0, a, y0, b, strict, memo, tally) && sameHolder(x0, a, y0, b, memo, tally))
    )
      continue;
    if (slot.startsWith('age of person') && !sameAgedPerson(x0, a, y0, b, memo)) continue;
    if (sharesOfOtherWholes(x0, a, y0, b)) continue;
    // "rose 5 percent on Monday" / "rose 3 percent on Tuesday": two days' moves, not two sizes of one (the two
    // verbs are one action already, so the days date one kind of happening).
    if (isMove(x0, a) && isMove(y0, b) && x0.value !== y0.value && daysApart()) {
      twoMoves = true;
      continue;
    }
    if (slot === 'population' && populationsOfOtherPlaces(x0, a, y0, b)) continue;
    const [x, y] = inOneUnit(x0, y0, slot);
    // Counts of a noun may count parts of one another's sets ("two teenaged children" / "three children").
    const conflict = COUNTED_SLOT.test(slot) ? countsConflict(x, a, y, b, memo) : quantitiesConflict(x, y);
    // "killed 15 people, 12 of them in Texas" / "killed 12 people in Texas": one side gives the other's figure as a
    // part of its whole.
    const givesPart = (c: Claim, figure: Quantity) =>
      c.numbers.some((n) => n.value === figure.value && countsPart(n, c));
    if (
      conflict &&
      !givesPart(a, y0) &&
      !givesPart(b, x0) &&
      !(namesOutcome(slot) && oneApartByThePerpetrator(x, a, y, b))
    )
      out.push({ type: 'number', values: [x0.text, y0.text] });
  }

  // A toll of none against some of the people with that outcome ("No one was hurt" / "Two firefighters were hurt").
  if (!out.length && qa.size && qb.size && !figuresApart())
    out.push(...zeroTollConflicts(a, qa, b, qb, memo));

  // Two scores of one game or vote, between near-paraphrases (a story recalls other games' scores).
  if (close) {
    const scores = scoreConflicts(a, b, memo);
    if (scores.length && !figuresApart()) out.push(...scores);
  }

  // Moves of different days are two happenings: neither their sizes nor their days differ.
  if (datesApart() && !twoMoves)
    out.push({ type: 'date', values: [dateInWords(datesA[0], beforeA), dateInWords(datesB[0], beforeB)] });

  const variants = nameVariants(a, b);
  out.push(...variants);
  // Two different people named in one fact are not two values of one slot: a story names the victim, the
  // suspect and a spokesman in turn, and nothing here tells their roles apart. Only spelling variants of one
  // name (above) are name discrepancies. A place stays a value of the fact between near-paraphrases.
  if ((context.closenessApartFromValues ?? context.closeness ?? 1) >= CLOSE_PAIR)
    out.push(...placeConflicts(a, b, mentionedIn, memo));

  out.push(...roleConflicts(a, b));
  // Two perpetrators of one act ("carried out by Iranian hackers" / "by Russian hackers").
  out.push(...perpetratorConflicts(a, b, mentionedIn));

  if (close && a.negated !== b.negated) {
    const [no, yes] = a.negated ? [a, b] : [b, a];
    // "The company denied that it had hidden the losses" affirms nothing against "it had not hidden them".
    const clash = yes.certainty === 'denied' ? null : deniedPredicate(no, yes, memo);
    if (clash) {
      const values: [string, string] = a.negated ? clash : [clash[1], clash[0]];
      out.push({ type: 'negation', values });
    }
  }

  out.push(...certaintyConflicts(a, b, memo));

  // Different sources for one fact ("police said" / "officials said") can both be accurate: that is no
  // discrepancy (a claim's source is shown beside it).
  return out;
}
