// The slot each figure of a claim fills, so that only figures of one slot are compared (compareValues): what a
// number counts and what it measures, whose age it is, which action it counts, whether it is a part, an addition,
// a rate or a running total. Two figures of different slots never conflict, however different they are.
import { analyzeText, type TextMemo, type TextToken } from './features/analyzeText';
import { PAST_TENSE_NOUNS } from './lexicon/pastTenseNouns';
import { REPORTING_VERB_SET } from './lexicon/attribution';
import { UNITS, WORD_NUMBERS } from './lexicon/numbers';
import { GENERAL_PERSON_NOUNS, OUTCOME_CLASSES } from './lexicon/outcomes';
import { PERSON_NOUNS } from './lexicon/roles';
import { TALLY_NOUNS, TALLY_VERBS } from './lexicon/tallies';
import { lemmatize, shareMeaning } from './lemmatize';
import { CHANGE_DIRECTION, CHANGE_VERB } from './lexicon/changeVerbs';
import { areaScale, durationScale, lengthScale, quantitiesConflict } from './quantitiesConflict';
import type { Claim, Entity, Quantity } from './types';

/** Words after a figure that name nothing it could count or kind it could name (a regular-expression source). */
const LINKING_WORDS = 'and|or|of|in|on|at|to|from|by|than|the|a|an';
/** What the first word after a bare figure must not be for it to name the figure's slot ("12 people", not "12 of"). */
const NO_SLOT_WORD = new RegExp(String.raw`^(?:${LINKING_WORDS}|percent|per|more|p|a\.m|pm|am)$`, 'i');

/**
 * The slot a quantity fills: a length, an area or a population, else what it counts, else its unit, else the first
 * content word after it.
 */
export function quantitySlot(q: Quantity, claimText: string, claimStart: number): string | null {
  if (lengthScale(q)) return `length ${lengthDimension(q, claimText, claimStart)}`;
  // "two counts of murder" / "one count of kidnapping": counts of two charges.
  const charge = COUNTS_OF.exec(claimText.slice(q.end - claimStart));
  if (charge) return `c:count of ${charge[1].trim().toLowerCase().split(/\s+/).map(lemmatize).join(' ')}`;
  if (areaScale(q)) return 'area';
  if (POPULATION.test(claimText.slice(Math.max(0, q.start - claimStart - 30), q.start - claimStart)))
    return 'population';
  // "The death toll rose to 14", "a toll of 14": the deaths counted, however the figure is worded.
  if (DEATH_TOLL.test(claimText.slice(Math.max(0, q.start - claimStart - 60), q.start - claimStart)))
    return 'c:person death';
  const compound = compoundKind(q, claimText, claimStart);
  if (compound) return compound;
  // Sums in two currencies ("€2 million ($2.6 million)") are one figure converted, not two values of one slot.
  if (q.counted) return `c:${normSlot(q.counted)}${isCurrency(q.unit) ? ` ${q.unit}` : ''}`;
  // "about 40 seconds" / "about two minutes": one span of time in two units.
  if (durationScale(q)) return 'u:duration';
  // "18 percent thinner" / "20 percent lighter": a share of what it compares, two measures of a product.
  const compared = q.unit === 'percent' ? comparedBy(claimText.slice(q.end - claimStart)) : undefined;
  if (compared) return `u:percent ${compared}`;
  if (q.unit) return `u:${normSlot(q.unit)}`;
  const after = claimText.slice(q.end - claimStart).match(/^[\s-]*([A-Za-z]+)/);
  if (!after || NO_SLOT_WORD.test(after[1])) return null;
  // An abbreviation's plural ("36 KOs", "43 RBIs") is the abbreviation: lower-cased, "kos" would be no word.
  const acronym = /^([A-Z]{2,})s$/.exec(after[1]);
  return `w:${acronym ? acronym[1].toLowerCase() : lemmatize(after[1].toLowerCase())}`;
}

/** A comparative right after a share: "thinner", "more expensive", "less power". */
const COMPARATIVE = /^\s+(?:(more|less|fewer)\s+([a-z]+)|([a-z]{2,}er))\b/i;
/** Words ending in "-er" that compare nothing ("5 percent over", "10 percent of them or fewer" is "fewer"). */
const NOT_COMPARATIVE =
  /^(?:after|under|over|other|another|either|neither|never|ever|rather|whether|together|per|later|earlier|sooner|number|quarter|order|year)$/i;

/** What a share right before `after` is compared in ("thinner", "more expensive"), lower-cased; else none. */
function comparedBy(after: string): string | undefined {
  const m = COMPARATIVE.exec(after);
  if (!m) return undefined;
  if (m[1]) return `${m[1]} ${m[2]}`.toLowerCase();
  return NOT_COMPARATIVE.test(m[3]) ? undefined : m[3].toLowerCase();
}

/** Units that count things rather than measure them: hyphened to a noun they name a kind of it ("three-point play"). */
const COUNTING_UNITS = new Set(['point', 'vote', 'seat']);
/** Words after a hyphen that do not make a compound of the figure: fractions, "-old" ages, number words. */
const NOT_COMPOUND = new RegExp(
  String.raw`^(?:old|half|halves|thirds?|quarters?|fifths?|tenths?|${Object.keys(WORD_NUMBERS).join('|')})$`
);
const NO_HEAD = new RegExp(String.raw`^(?:${LINKING_WORDS}|for|with|as)$`);

/**
 * The slot of a figure hyphened to a noun that modifies another: "two traditional three-point plays" counts plays,
 * not points; "one-possession games" are a kind of game, "a two-car crash" a kind of crash. The compound with its
 * head is the slot ("u:point play", "c:car crash"), so "a two-car crash" meets "a three-car crash" but "three-point
 * plays" never meets "11 points". Measures ("a 12-year sentence", "a 225-pound forward") keep their unit's slot.
 */
function compoundKind(q: Quantity, claimText: string, claimStart: number): string | null {
  const after = claimText.slice(q.end - claimStart);
  let [modifier, rest, prefix] = ['', after, 'c'];
  if (/(?:^|\s)(?:[\d.,]+|[a-z]+)-[a-z]+$/i.test(q.text)) {
    // The unit is part of the figure ("three-point"): only a unit that counts makes a kind.
    if (!q.unit || !COUNTING_UNITS.has(q.unit)) return null;
    [modifier, prefix] = [q.unit, 'u'];
  } else {
    const m = /^-([a-z]+)(?=\s)/.exec(after);
    if (!m || Object.hasOwn(UNITS, m[1]) || NOT_COMPOUND.test(m[1])) return null;
    [modifier, rest] = [m[1], after.slice(m[0].length)];
  }
  const head = /^\s+([a-z]+)\b/.exec(rest)?.[1];
  return head && !NO_HEAD.test(head) ? `${prefix}:${modifier} ${lemmatize(head)}` : null;
}

/** The charge a count names: "counts of (first-degree) murder", up to a comma, "and" or a preposition. */
const COUNTS_OF =
  /^\s*(?:counts?|charges?)\s+of\s+((?:(?!and\b|or\b|in\b|for\b|against\b)[a-z][a-z-]*\s*){1,3})/i;

/** A death toll said right before its figure: "the death toll rose to", "a toll of", "the toll from the quake
 * stood at about". */
const DEATH_TOLL =
  /\b(?:death\s+)?toll\b(?:\s+(?!of\b)[\w'’-]+){0,4}?\s+(?:(?:has|had)\s+)?(?:of|rose|risen|climbed|jumped|reached|hit|stands?|stood|is|was)(?:\s+(?:at|to))?\s+(?:at\s+least\s+|about\s+|around\s+|more\s+than\s+|nearly\s+|some\s+)?$/i;

const PLACE_KIND = String.raw`(?:island|city|town|village|province|country|nation)`;
/** Words of approximation before a figure: "home to about 100,000", "rose by nearly". */
const ABOUT = String.raw`(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over)\s+)?`;
/** How many people live in a place, said right before the figure: "home to 120,000 people", "a city of 500,000",
 * "population of 3 million". */
const LIVING_IN = String.raw`(?:home to|${PLACE_KIND} of|population of)\s+${ABOUT}$`;
const POPULATION = new RegExp(String.raw`\b${LIVING_IN}`, 'i');
const PLACE_NAME = String.raw`((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)`;

/** The place a population is given for, when the sentence puts it right before: "Qeshm island, home to 120,000",
 * "Bandar Abbas, a city of 500,000". */
const PLACE_OF_POPULATION = new RegExp(
  String.raw`${PLACE_NAME}(?:\s+${PLACE_KIND})?,\s+(?:an?\s+)?${LIVING_IN}`,
  'u'
);
/** A place the sentence opens with as its subject: "Qeshm is Iran's largest island, with a population of 120,000". */
const SUBJECT_PLACE = new RegExp(
  String.raw`^(?!(?:The|A|An|He|She|It|They|We|This|That|There)\s)${PLACE_NAME}\s+(?:is|has)\b`,
  'u'
);
/** The kind of place a population is of: "a city of 500,000", "the island, which is home to 100,000". */
const KIND_OF_POPULATION = new RegExp(
  String.raw`\b(?:(${PLACE_KIND}) of|the (${PLACE_KIND}), which [^,;]*\b(?:home to|population of))\s+${ABOUT}$`,
  'iu'
);

/** The place a population is given for: the words of its name, and what kind of place it is, where the sentence
 * says. */
function populationPlace(q: Quantity, c: Claim): { name: string[]; kind?: string } {
  const before = c.text.slice(0, q.start - c.start);
  const m = PLACE_OF_POPULATION.exec(before) ?? SUBJECT_PLACE.exec(before);
  const kind = KIND_OF_POPULATION.exec(before);
  return {
    name: m ? m[1].toLowerCase().split(/\s+/) : [],
    kind: (kind?.[1] ?? kind?.[2])?.toLowerCase()
  };
}

/** Whether two populations are given for two places: places the sentences name differently ("Qeshm island, home to
 * 120,000" / "Bandar Abbas, a city of 500,000"), or places of two kinds ("the island, which is home to 100,000" /
 * "a city of 500,000"). Two slots. */
export function populationsOfOtherPlaces(x: Quantity, a: Claim, y: Quantity, b: Claim): boolean {
  const [pa, pb] = [populationPlace(x, a), populationPlace(y, b)];
  const named = pa.name.length > 0 && pb.name.length > 0 && !pa.name.some((w) => pb.name.includes(w));
  return named || (!!pa.kind && !!pb.kind && pa.kind !== pb.kind);
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

const LIVES_TAKEN =
  /\b(?:claim(?:s|ed|ing)?|t(?:ake|akes|ook|aken|aking)|cost(?:s|ing)?)\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|nearly\s+)?$/i;
const LIVES_LOST = /^\s+lives\s+(?:were|have\s+been|had\s+been)\s+lost\b/i;
const LIVES_OF = /\blives\s+of\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?$/i;

/** A means of death with its outcome: "shot to death", "stabbed dead". */
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

/**
 * A count of people takes the outcome its verb names ("four people were killed" and "five people died" are
 * both `c:person death`), so tolls worded differently are compared and different outcomes (killed / injured)
 * are not. Returns the slot unchanged when it has an outcome already or none applies.
 */
function withOutcome(slot: string, q: Quantity, c: Claim, memo?: TextMemo): string {
  // "claimed 24 lives", "24 lives were lost": lives taken are deaths ("saved 3 lives" are not).
  if (slot === 'c:life') {
    const [at, end] = [q.start - c.start, q.end - c.start];
    const taken =
      LIVES_TAKEN.test(c.text.slice(Math.max(0, at - 30), at)) ||
      LIVES_LOST.test(c.text.slice(end, end + 40));
    return taken ? 'c:person death' : slot;
  }
  // "claimed the lives of 24 people".
  if (
    slot === 'c:person' &&
    LIVES_OF.test(c.text.slice(Math.max(0, q.start - c.start - 20), q.start - c.start))
  )
    return 'c:person death';
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

/** The toll slot a count of some people would fill as a count of people ("two firefighters were hurt" -> `c:person
 * injury`), or undefined when its verb names no outcome. */
export function outcomeOfPeople(q: Quantity, c: Claim, memo?: TextMemo): string | undefined {
  const slot = withOutcome('c:person', q, c, memo);
  return slot === 'c:person' ? undefined : slot;
}

const OUTCOME_SLOT_CLASSES = new Set(Object.values(OUTCOME_CLASSES));

/** A slot that names its outcome ("c:person death") already says what happened, whatever the verbs. */
export function namesOutcome(slot: string): boolean {
  return OUTCOME_SLOT_CLASSES.has(slot.split(' ').pop()!);
}

/** A slot of what a player tallies ("u:point", "c:touchdown", yards run or thrown): see lexicon/tallies.ts. */
export function isTallySlot(slot: string, q: Quantity): boolean {
  if (q.unit && TALLY_NOUNS.has(q.unit)) return true;
  const noun = slot.replace(/^[cuw]:/, '');
  return TALLY_NOUNS.has(noun) || TALLY_NOUNS.has(noun.split(' ').pop()!);
}

const isLengthSlot = (slot: string) => /^(?:part |more )?length\b/.test(slot);

/**
 * A span of time measures an activity, as a length measures a dimension: "seven seasons as an assistant" and
 * "one season as head coach", or "served 10 years" and "was sentenced to 12 years", are different slots. So does a
 * span of games: "limited him to six games" and "missed 10 games", "in 54 games with the Angels" and "fell in four
 * games". Two durations are compared only when both name the same action (sameAction, strict).
 */
export const isDurationSlot = (slot: string) =>
  /(?:^|\s|:)(?:duration|second|minute|hour|day|week|month|year|season|decade|term|night|game)s?$/.test(slot);

/**
 * Two lengths in metres, two areas in square metres, or two spans of time in seconds; across units, values are
 * approximate (200 ft is "about 60 m", 170,000 sq ft "about 15,800 m²", a month about four weeks).
 */
export function inOneUnit(a: Quantity, b: Quantity, slot: string): [Quantity, Quantity] {
  const duration = /(?:^|\s|:)duration$/.test(slot);
  if (slot !== 'area' && !isLengthSlot(slot) && !duration) return [a, b];
  const scaleOf = duration ? durationScale : slot === 'area' ? areaScale : lengthScale;
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

/** Currencies are the upper-case units (ISO codes: "USD", "EUR"); every other unit is lower case. */
export function isCurrency(unit: string | undefined): boolean {
  return !!unit && /^[A-Z]{3}$/.test(unit);
}

/**
 * Whose age a number gives: the person named in apposition ("Raj Chohan, 59,") or right after it ("32-year-old
 * Englishman Robert Buckley"), else the noun it describes ("a 36-year-old climber"). Two ages in one fact are
 * compared only for the same holder: a story about a crash gives the victim's and the driver's ages.
 */
export function ageHolder(q: Quantity, c: Claim, memo?: TextMemo): string | undefined {
  const holder = agedHolder(q, c, memo);
  if (typeof holder === 'string') return holder;
  return holder && `person ${holder.norm.split(/\s+/).pop()!}`;
}

/**
 * Whether two ages of one slot (one surname) may be one person's: not when both give a first name and the
 * first names differ ("John Jenkin, 23" / "his sister Katie Jenkin, 20").
 */
export function sameAgedPerson(x: Quantity, a: Claim, y: Quantity, b: Claim, memo?: TextMemo): boolean {
  const [hx, hy] = [agedHolder(x, a, memo), agedHolder(y, b, memo)];
  if (typeof hx !== 'object' || typeof hy !== 'object') return true;
  // The word before the surname: the entity may carry a title or a demonym first ("englishman robert buckley").
  const [nx, ny] = [hx.norm.split(/\s+/), hy.norm.split(/\s+/)];
  if (nx.length >= 2 && ny.length >= 2) return nx[nx.length - 2] === ny[ny.length - 2];
  // One side gives the surname alone ("35-year-old Gomes"): it is the other's person only if the other sentence
  // uses that surname for no one else ("Gomes' mother, Catherine Gomes, 61" names two Gomeses).
  const [full, fullClaim] = nx.length >= 2 ? [nx, a] : ny.length >= 2 ? [ny, b] : [];
  return !full || !surnameForAnother(full, fullClaim!);
}

/** Whether a claim uses the surname of `name` (lower-case words, first name before it) without that first name. */
function surnameForAnother(name: string[], c: Claim): boolean {
  const [first, surname] = [name[name.length - 2], name[name.length - 1]];
  const words = c.text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return words.some((w, i) => w.replace(/['’]s?$/, '') === surname && words[i - 1] !== first);
}

/** What stands between an age and its holder before it: a comma ("Raj Chohan, 59,"), a verb "to be" ("Reid was
 * 33"), both ("Lopez, who was 18"), or "aged" ("the driver, aged 45", "a man aged 45"). */
const SAID_TO_BE = String.raw`(?:is|was)\s+(?:only\s+|just\s+)?`;
const AGE_LINK = String.raw`\s*(?:,\s*(?:who\s+${SAID_TO_BE}|aged\s+)?|\s(?:${SAID_TO_BE}|aged\s+))`;
const HOLDER_BEFORE_AGE = new RegExp(`^${AGE_LINK}$`, 'i');
const NOUN_BEFORE_AGE = new RegExp(String.raw`\b([a-z-]+)${AGE_LINK}$`, 'i');
const SAID_BEFORE_AGE = new RegExp(String.raw`\b${SAID_TO_BE}$`, 'i');

/** The person an age is of (the entity), or the noun it describes ("noun climber"), or undefined. */
function agedHolder(q: Quantity, c: Claim, memo?: TextMemo): Entity | string | undefined {
  const people = c.entities.filter((e) => e.type === 'person');
  const between = (from: number, to: number) => c.text.slice(from - c.start, to - c.start);
  // "Raj Chohan, 59,", "Lopez, who was 18", "Reid was 33."
  const before = people.find((e) => e.end <= q.start && HOLDER_BEFORE_AGE.test(between(e.end, q.start)));
  if (before) return before;
  // The words just before and after the age: a bounded window, so a long claim costs no more per figure.
  const lead = c.text.slice(Math.max(0, q.start - c.start - 60), q.start - c.start);
  // An age said with "when" is the age at another time ("he was 20 when he enlisted"), no value of the current one.
  if (SAID_BEFORE_AGE.test(lead) && /^\s*when\b/i.test(c.text.slice(q.end - c.start, q.end - c.start + 12)))
    return 'earlier';
  // "the gunman, 20,", "the shooter was 20 years old", "the suspect, who is 31".
  const noun = NOUN_BEFORE_AGE.exec(lead)?.[1].toLowerCase();
  if (noun && PERSON_NOUNS.has(noun)) return `noun ${lemmatize(noun)}`;
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
  if (after) return after;
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
  const price = acquisitionPrice(tokens, at, c.text.slice(q.end - c.start, q.end - c.start + 8));
  if (price) return price;
  // "used him 22 times": the verb's object may stand between it and the figure.
  const inPhrase = new Set(['DET', 'ADJ', 'NOUN', 'ADP', 'NUM', 'ADV', 'PART', 'PRON']);
  // "The driver, aged 45, was arrested": "aged" links an age to its holder; it is no act.
  const aged = tokens[at - 1]?.lower === 'aged' ? 1 : 0;
  for (let k = at - 1 - aged; k >= 0 && k >= at - 6; k--) {
    // "Microsoft said three facts sponsored...": a reporting verb frames the clause, it counts nothing.
    if (tokens[k].pos === 'VERB' && !REPORTING_VERB_SET.has(tokens[k].lower))
      return lemmatize(tokens[k].lower);
    // "Hiller shot three co-workers": the tagger reads some past tenses as nouns; right before a figure they act.
    if (k === at - 1 && PAST_TENSE_NOUNS.has(tokens[k].lower)) return lemmatize(tokens[k].lower);
    if (!inPhrase.has(tokens[k].pos)) break;
  }
  const end = tokens.findIndex((t) => t.start >= q.end - c.start);
  // The noun and up to five more words: "five villages had been badly hit" reaches its verb.
  // "The gunman, 20, opened fire": a figure set off by commas is itself the aside; the comma after it closes it.
  const from = at > aged && tokens[at - 1 - aged].text === ',' && tokens[end]?.text === ',' ? end + 1 : end;
  let limit = from + 6;
  let asidePassed = false;
  for (let k = from; k >= 0 && k < tokens.length && k < limit; k++) {
    if (tokens[k].pos === 'VERB') return lemmatize(tokens[k].lower);
    // "Three people, one of them a pregnant woman, were killed": one aside between commas is passed over.
    if (tokens[k].text === ',' && !asidePassed) {
      const close = tokens.findIndex((t, j) => j > k && j <= k + 8 && t.text === ',');
      if (close > 0) {
        [k, limit, asidePassed] = [close, close + 4, true];
        continue;
      }
    }
    if (!['ADJ', 'NOUN', 'PROPN', 'ADV', 'AUX'].includes(tokens[k].pos)) break;
  }
  return undefined;
}

/** Nouns of a purchase whose worth is its price ("a deal worth", "the takeover, valued at"). */
const DEAL = /^(?:deal|transaction|acquisition|takeover|purchase|buyout|merger)$/;

/** Verbs of buying a company or a thing, which name one price whichever of them a report uses. */
const ACQUIRE = new Set(['buy', 'acquire', 'purchase']);

/**
 * The price of a purchase: a sum after "for" that follows an acquiring verb and what it buys ("agreed to buy
 * SeaMicro for $334 million", "acquired the chip maker for $355 million"), or a sum paid for something ("will pay
 * $334 million for SeaMicro"), or the worth of the deal ("in a deal worth $334 million"). Each reads "buy", so two
 * reports of one deal compare; an offer is not a purchase.
 */
function acquisitionPrice(tokens: TextToken[], at: number, after: string): string | undefined {
  // "in a deal worth $334 million", "the transaction, valued at $400 million": the price of the deal.
  let k = tokens[at - 1]?.lower === 'worth' ? at - 2 : -1;
  if (tokens[at - 1]?.lower === 'at' && tokens[at - 2]?.lower === 'valued') k = at - 3;
  if (tokens[k]?.text === ',') k--;
  if (k >= 0 && DEAL.test(tokens[k].lower)) return 'buy';
  if (tokens[at - 1]?.lower === 'for') {
    for (let k = at - 2; k >= 0 && k >= at - 6; k--) {
      if (tokens[k].pos === 'VERB') return ACQUIRE.has(lemmatize(tokens[k].lower)) ? 'buy' : undefined;
      if (!['PROPN', 'NOUN', 'DET', 'ADJ', 'PUNCT'].includes(tokens[k].pos) || tokens[k].text === ',')
        return undefined;
    }
    return undefined;
  }
  return tokens[at - 1] && lemmatize(tokens[at - 1].lower) === 'pay' && /^\s+for\b/i.test(after)
    ? 'buy'
    : undefined;
}

/** Outcome slots ("people killed", deaths) already name what happened; the verb around them varies freely. */
const OUTCOME_SLOT =
  /\b(killed|dead|death|injured|wounded|hurt|missing|arrested|detained|displaced|evacuated|rescued|died|affected)\b/;

/**
 * Two counts of the same noun can count different actions: "five boats approached" / "three boats were
 * intercepted". They are compared only when their governing verbs agree (same lemma or WordNet synonyms), or
 * one of them has none.
 */
export function sameAction(
  x: Quantity,
  a: Claim,
  y: Quantity,
  b: Claim,
  strict: boolean,
  memo?: TextMemo,
  tally = false
): boolean {
  if (OUTCOME_SLOT.test(x.counted ?? '') || OUTCOME_SLOT.test(y.counted ?? '')) return true;
  const [va, vb] = [governingVerb(x, a, memo), governingVerb(y, b, memo)];
  if (!va || !vb) {
    // A sum with no verb is named by the noun it is "of": "a loss of $2.08 a share" / "a loss of $2.75 a share"
    // are one slot, "a profit of $354 million" / "a loss of $126 million" two.
    const [na, nb] = [sumOf(x, a), sumOf(y, b)];
    return na && nb ? shareMeaning([na], [nb]) : !strict;
  }
  return (
    shareMeaning([va], [vb]) ||
    sameVerbClass(va, vb) ||
    // "Bryant scored 30 points" / "Bryant finished with 32 points": verbs of a player's total are one act for a
    // tally (its holder is checked apart).
    (tally && TALLY_VERBS.has(va) && TALLY_VERBS.has(vb))
  );
}

/**
 * Verbs WordNet's frequent senses keep apart that do one act to a figure: two of one outcome ("arrested 12
 * protesters" / "detained 15") or two that move it one way ("fell 5 percent" / "dropped 6 percent").
 */
function sameVerbClass(va: string, vb: string): boolean {
  const same = (classes: Record<string, string>) => !!classes[va] && classes[va] === classes[vb];
  return same(OUTCOME_CLASSES) || same(CHANGE_DIRECTION);
}

/** Words before "of" that pick part of a sum, not say what it is ("one of", "most of", "a total of"). */
const NOT_A_SUM = /^(?:one|some|all|most|many|part|each|any|none|half|total|combined)$/;

/** A noun and "of" right before a figure ("a loss of", "revenue of about"). */
const NOUN_OF = new RegExp(String.raw`\b(\p{L}+)\s+of\s+${ABOUT}$`, 'iu');

/** The noun a sum of money is "of" ("a loss of $2.08", "revenue of about $388 million"), lemmatized; else none. */
function sumOf(q: Quantity, c: Claim): string | undefined {
  if (!isCurrency(q.unit)) return undefined;
  const m = NOUN_OF.exec(c.text.slice(0, q.start - c.start));
  return m && !NOT_A_SUM.test(m[1].toLowerCase()) ? lemmatize(m[1].toLowerCase()) : undefined;
}

/**
 * What a percentage is a share of: the head noun after "of" ("70% of internet traffic" -> "traffic", "82 percent of
 * India's voice traffic" -> "traffic"), or undefined when the claim does not say.
 */
export function shareOf(q: Quantity, c: Claim): string | undefined {
  const after = c.text.slice(q.end - c.start, q.end - c.start + 60);
  const m =
    /^\s*of\s+(?:(?:all|the|its|their|his|her|our|those|these)\s+)*((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/iu.exec(
      after
    );
  if (!m) return undefined;
  // The compound's last word before a verb, preposition or clause word is its head ("internet traffic had").
  const words = m[1].split(/\s+/);
  const end = words.findIndex(
    (w, k) =>
      k > 0 &&
      /^(?:had|has|have|was|were|is|are|in|on|at|to|for|from|who|that|which|and|or|been|between)$/i.test(w)
  );
  const head = (end > 0 ? words.slice(0, end) : words).pop()!;
  return lemmatize(head.toLowerCase());
}

/** A verb saying what share a thing carries ("carry more than 75 percent of traffic", "90 percent of the traffic
 * is carried on these systems"), before the figure or after its whole. */
const CARRIED_BEFORE = /\b(?:carr(?:y|ies|ied|ying)|handl(?:e|es|ed|ing))\s+(?:\S+\s+){0,3}$/i;
const CARRIED_AFTER = /^[^,;:.]{0,80}?\b(?:is|are|was|were|being|been)\s+(?:carried|handled)\b/i;

/**
 * Whether a percentage is the share of a whole that something carries: the share of traffic a cable system carries
 * is not the share of traffic an outage affected ("The cables carry more than 75 percent of traffic" / "As much as
 * 70% of traffic has been affected").
 */
function carriedShare(q: Quantity, c: Claim): boolean {
  const [from, to] = [q.start - c.start, q.end - c.start];
  return (
    CARRIED_BEFORE.test(c.text.slice(Math.max(0, from - 40), from)) || CARRIED_AFTER.test(c.text.slice(to))
  );
}

/**
 * Two percentages of different wholes ("70% of communications" / "75 percent of traffic") are two slots, and so are
 * a share something carries and one that is not (carriedShare).
 */
export function sharesOfOtherWholes(x: Quantity, a: Claim, y: Quantity, b: Claim): boolean {
  if (x.unit !== 'percent' || y.unit !== 'percent') return false;
  if (carriedShare(x, a) !== carriedShare(y, b)) return true;
  const [wa, wb] = [shareOf(x, a), shareOf(y, b)];
  return !!wa && !!wb && !shareMeaning([wa], [wb]);
}

/**
 * Whether both claims name a variant by a figure ("the 13-inch model", Quantity.kind 'model') and no variant of one
 * is the other's: their figures are of two variants of a product.
 */
export function aboutOtherVariants(a: Claim, b: Claim): boolean {
  const variants = (c: Claim) =>
    c.numbers.filter((q) => q.kind === 'model').map((q) => `${q.value} ${q.unit}`);
  const [va, vb] = [variants(a), variants(b)];
  return va.length > 0 && vb.length > 0 && !va.some((v) => vb.includes(v));
}

/** The one figure a slot's quantities give: the first, when all of them agree with each other. */
export function oneFigure(list: Quantity[], slot: string): Quantity | null {
  for (let i = 1; i < list.length; i++) {
    const [x, y] = inOneUnit(list[0], list[i], slot);
    if (quantitiesConflict(x, y)) return null;
  }
  return list[0] ?? null;
}

/**
 * Which share of a whole a number counts: a part of a fact ("two of the victims", "one of them", "31 pieces,
 * including three ladder trucks") or an addition to a count given before ("two more bodies", "another three",
 * "three other people"). Either is another slot than the whole's count: "one of the workers was hurt" does not
 * contradict "three workers". So are the whole itself ("three out of four lines"), a number still needed, a count
 * of whose thing it is ("one officer's uniform"), one value of a list ("32- and 64-bit"), a change ("rose 5%") and
 * a figure since revised ("7.2, later upgraded to 7.5").
 */
const NUMBER_WORDS = Object.keys(WORD_NUMBERS)
  .filter((w) => w.length > 2)
  .join('|');

/** What comes before the whole a share is taken of: "one in every 500 users", "three out of four lines", "seven of
 * the nine candidates". The whole is no count of the event's ("three lines were cut" is not contradicted by
 * "four"). */
const WHOLE_OF_SHARE = new RegExp(
  String.raw`\b(?:\d[\d,.]*|${NUMBER_WORDS})\s+(?:(?:in|out\s+of)\s+(?:every\s+)?|of\s+(?:the|its|their|his|her|our)\s+)$`,
  'i'
);

/** What comes before a change: "increasing at a rate of", "rose by about"; right after the verb only a share or a
 * sum ("shares fell 5%", "oil rose $2": "he fell 60 m" is a length). */
const CHANGE_BY = new RegExp(String.raw`\b${CHANGE_VERB}\s+(?:by|at\s+a\s+rate\s+of)\s+${ABOUT}$`, 'i');
const CHANGED_SHARE = new RegExp(String.raw`\b${CHANGE_VERB}\s+${ABOUT}$`, 'i');

/** A revision right after a figure: "7.2, later upgraded to 7.5", "initially 12 but revised to 14". */
const REVISED_AFTER =
  /^[^.;]{0,25}?\b(?:upgraded|downgraded|revised|raised|lowered|updated|corrected|adjusted)\s+(?:it\s+|them\s+)?(?:up\s+|down\s+|upward\s+|downward\s+)?to\s+(?:a\s+|an\s+)?(?:magnitude\s+(?:of\s+)?)?\d/i;

/** A change of state right before a figure: "weakened to a Category 2", "was upgraded to a magnitude". */
const CHANGED_TO =
  /\b(?:weakened|strengthened|intensified|upgraded|downgraded|escalated)\s+(?:\w+\s+){0,2}?to\s+(?:an?\s+)?(?:\p{Lu}[\p{L}-]*\s+)?$/iu;

/**
 * Whether a figure is how much something moved ("rose 5 percent", "fell 200 points", "dropped by $2"): a move
 * belongs to its day, so two moves of different days are two happenings.
 */
export function isMove(q: Quantity, c: Claim): boolean {
  const lead = leadOf(q, c);
  return CHANGE_BY.test(lead) || CHANGED_SHARE.test(lead);
}

/** The claim's words up to 60 characters before a figure, where a change or a revision is said. */
function leadOf(q: Quantity, c: Claim): string {
  return c.text.slice(Math.max(0, q.start - c.start - 60), q.start - c.start);
}

function share(q: Quantity, c: Claim): string {
  const after = c.text.slice(q.end - c.start, q.end - c.start + 30);
  const before = c.text.slice(Math.max(0, q.start - c.start - 20), q.start - c.start);
  if (WHOLE_OF_SHARE.test(before)) return 'whole ';
  // "increasing by 50 per cent every day", "shares rose 5%": how much something changed, not its level.
  const lead = leadOf(q, c);
  if (CHANGE_BY.test(lead) || ((q.unit === 'percent' || isCurrency(q.unit)) && CHANGED_SHARE.test(lead)))
    return 'change ';
  // "a preliminary magnitude of 7.2, later upgraded to 7.5": a figure the claim itself says was revised is no value
  // of its slot now.
  if (REVISED_AFTER.test(c.text.slice(q.end - c.start, q.end - c.start + 70))) return 'earlier ';
  // "weakened to a Category 2 storm": the value a change reached, another moment's than "was a Category 3 storm".
  if (CHANGED_TO.test(lead)) return 'later ';
  // "needed 9 points to break the record": what was still wanted, not what was done.
  if (/\b(?:needs?|needed|needing)\s+(?:just\s+|only\s+|another\s+)?$/i.test(before)) return 'needed ';
  // "put on one officer's uniform": whose thing it was, not how many officers there were.
  if (/^\s+[a-z-]+(?:['’]s|s['’])(?=\s)/i.test(after)) return 'whose ';
  // "32- and 64-bit versions", "$575 and $295": one value of a list, which says nothing against another side's
  // other value.
  if (/\d\s*-?\s*(?:and|or)\s+$/i.test(before) || /^\s*(?:and|or)\s+[$€£]?\d/i.test(after)) return 'listed ';
  if (
    /\bincluding\s+$/i.test(before) ||
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

/** Words that count the perpetrator in or out of a toll, or tell of his own death beside it ("seven people,
 * including the gunman", "not including the shooter", "killed six people before killing himself"). */
const PERPETRATOR_IN_TOLL =
  /\b(?:including|plus|excluding|besides)\s+(?:the\s+)?(?:gunman|shooter|attacker|assailant|bomber|suspect|killer|perpetrator|hijacker)\b|\b(?:killing|killed|shot|shooting|shoot|kill|on)\s+(?:himself|herself)\b|\btook\s+(?:his|her)\s+own\s+life\b/i;

/**
 * Whether two tolls one apart may be one count with and without the perpetrator: "Seven people, including the
 * gunman, were killed" / "The gunman killed six people before killing himself".
 */
export function oneApartByThePerpetrator(x: Quantity, a: Claim, y: Quantity, b: Claim): boolean {
  return (
    Math.abs(x.value - y.value) === 1 &&
    (PERPETRATOR_IN_TOLL.test(a.text) || PERPETRATOR_IN_TOLL.test(b.text))
  );
}

/** Whether a figure counts part of a whole the claim gives ("12 of them", "including three ladder trucks"). */
export function countsPart(q: Quantity, c: Claim): boolean {
  return share(q, c) === 'part ';
}

/** What a rate is per: "$220,000 a game" and "$10 million a year" are two slots ("per game", "per year"); "$99
 * each" is per item, an average ("averaged 22.8 points") per whatever it averages over. */
function ratePeriod(q: Quantity, c: Claim): string {
  const after = c.text.slice(q.end - c.start, q.end - c.start + 30);
  const per = /^\s*(?:per|a|an|each)\s+([a-z]+)/i.exec(after);
  if (per) return `per ${lemmatize(per[1].toLowerCase())}`;
  if (/^\s*annually\b/i.test(after)) return 'per year';
  return /^\s*(?:apiece|each|a piece)\b/i.test(after) ? 'per item' : 'per average';
}

/** A claim's figures by slot; figures that are no value of a slot (Quantity.kind, ranks) are left out. */
export function quantitiesBySlot(c: Claim, memo?: TextMemo): Map<string, Quantity[]> {
  const out = new Map<string, Quantity[]>();
  /** How many spans of time the claim gives (counted once, when a span is met). */
  let spans: number | undefined;
  for (const q of c.numbers) {
    if (q.kind && q.kind !== 'rate') continue;
    // Ordinals rank members of a series ("the second time", "the first woman to host"): two different ranks
    // in one fact name different members (her first and her second hosting), not conflicting counts.
    if (q.unit === 'ordinal') continue;
    let bare = quantitySlot(q, c.text, c.start);
    // Spans of time compare across units only when the claim gives one span: "2 years, with 9 months to serve"
    // gives two, and each is compared with the other side's span in the same unit.
    if (bare === 'u:duration' && (spans ??= c.numbers.filter((n) => !n.kind && durationScale(n)).length) > 1)
      bare = `u:${q.unit}`;
    if (bare === 'c:age') bare = `age of ${ageHolder(q, c, memo) ?? 'someone'}`;
    else if (bare) bare = withOutcome(bare, q, c, memo);
    const rate = q.kind === 'rate' ? `rate ${ratePeriod(q, c)} ` : '';
    const slot = bare && rate + share(q, c) + bare;
    if (!slot) continue;
    if (!out.has(slot)) out.set(slot, []);
    out.get(slot)!.push(q);
  }
  return out;
}
