import nlp from 'compromise';
import type { Entity, EntityType } from '../types';
import { analyzeText, type TextMemo, type TextToken } from './analyzeText';
import { HONORIFICS, POST_WORDS, ROLE_HEADS } from '../lexicon/roles';
import { ORGANIZATION_HEADS, PLACE_HEADS, PLACE_KINDS } from '../lexicon/places';

// compromise's lexicon (names, places, organisations) is a plain lookup table: no parsing cost at run time.
const LEXICON = (
  nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }
).model().one.lexicon;

function tagsOf(word: string): string[] {
  const tags = LEXICON[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);

/** Whether a lower-case word names a people ("iranian", "french"). */
export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym');
}

/**
 * How large a place is, as compromise's lexicon knows it: a country ("Iraq"), a region such as a state or province
 * ("Texas", "Ontario"), or anything else ("Houston", "Kabul", a name it does not know). `norm` is Entity.norm.
 */
export function placeLevel(norm: string): 'country' | 'region' | 'local' {
  const tags = tagsOf(norm);
  return tags.includes('Country') ? 'country' : tags.includes('Region') ? 'region' : 'local';
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName']);
const CALENDAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?$/i;
/** Words that are capitalised for grammar, not because they name something. */
// prettier-ignore
const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'it', 'he', 'she', 'we', 'they', 'this', 'that', 'but', 'and', 'am', 'pm', 'a.m.', 'p.m.',
  'gmt', 'utc', 'ist', 'bst', 'edt', 'est', 'pdt', 'pst', 'cdt', 'cst', 'cet', 'cest', 'et', 'pt', 'hrs'
]);
/** Place names that start with their kind: "Mount Sefton", "Lake Tahoe", "Fort Hood". */
const PLACE_FIRST =
  /^(?:Mount|Mt\.?|Lake|Port|Fort|Ft\.?|Cape|Gulf|Bay|Isle|Camp|Lake|River|Saint|St\.|San|Santa|Los|Las|New)$/;
/** Street abbreviations after a number ("117th St.") are part of an address, not names. */
const STREET = /^(?:st|ave|rd|blvd|hwy|ln|dr)\.?$/i;
const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'da',
  'van',
  'von',
  'al',
  'bin',
  'el',
  'la',
  '&',
  'for',
  'and'
]);
const DETERMINERS = /^(?:the|a|an|his|her|its|their|our|my|your)$/i;

const isCapitalised = (t: TextToken) => /^\p{Lu}/u.test(t.text);
const isAcronym = (t: TextToken) =>
  /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);

/** People, organisations and places named in `text`, with roles attached to people; offsets are `offset`-based. */
export function findEntities(text: string, offset = 0, memo?: TextMemo): Entity[] {
  const { tokens } = analyzeText(text, memo);
  const titleCase = isTitleCase(tokens);
  const nameToken = tokens.map((_, i) => isNameToken(tokens, i, titleCase));
  const entities: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameToken[i]) continue;
    let j = i;
    // Extend over name tokens and inner connectors ("Gulf of Aden", "Procter & Gamble").
    while (
      j + 1 < tokens.length &&
      (nameToken[j + 1] ||
        (CONNECTORS.has(tokens[j + 1].lower) && nameToken[j + 2] && tokens[j + 1].lower !== 'and') ||
        (tokens[j + 1].text === '&' && nameToken[j + 2]) ||
        (/^['’]s$/.test(tokens[j + 1].text) &&
          nameToken[j + 2] &&
          ORGANIZATION_HEADS.has(tokens[j + 2].lower)))
    ) {
      j += nameToken[j + 1] ? 1 : 2;
    }
    const entity = classifyRun(text, tokens, i, j, offset);
    // A lone capitalised word opening a sentence is usually just a capitalised common word ("Investigation").
    const sentenceInitial = i === 0 || /^[.!?:"“‘'(\-–—]$/.test(tokens[i - 1].text);
    if (entity && !(entity.type === 'other' && i === j && sentenceInitial && !isAcronym(tokens[i])))
      entities.push(entity);
    i = j;
  }
  return entities;
}

/** Whether a text is a Title Case Headline (isTitleCase), whose capitals mark no names. */
export function isTitleCaseText(text: string, memo?: TextMemo): boolean {
  return isTitleCase(analyzeText(text, memo).tokens);
}

/** A Title Case Headline: (almost) no lower-case word longer than three letters. */
function isTitleCase(tokens: TextToken[]): boolean {
  const words = tokens.filter((t) => t.type === 'word' && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => !isCapitalised(t)).length <= Math.floor(words.length / 8);
}

function isNameToken(tokens: TextToken[], i: number, titleCase: boolean): boolean {
  const t = tokens[i];
  if (!t || !isCapitalised(t) || NOT_NAMES.has(t.lower) || CALENDAR.test(t.text)) return false;
  if (t.type !== 'word' && !/^\p{Lu}[\p{L}.]*$/u.test(t.text)) return false;
  if (STREET.test(t.text) && i > 0 && /\d/.test(tokens[i - 1].text)) return false;
  if (isAcronym(t)) return true;
  const tags = tagsOf(t.lower);
  if (tags.some((tag) => PLACE_TAGS.has(tag) || NAME_TAGS.has(tag) || tag === 'Organization')) return true;
  const sentenceInitial = i === 0 || /^[.!?:"“‘'(\-–—]$/.test(tokens[i - 1].text);
  // Mid-sentence capitals in running text mark a name whatever the tagger says ("Tim Fanning/VERB").
  const functionWord = tags.some((tag) =>
    /Determiner|Preposition|Conjunction|Pronoun|Modal|Copula/.test(tag)
  );
  if (!sentenceInitial && !titleCase) return !functionWord;
  // A capitalised common word at the start of a sentence or in a title-case headline is not a name.
  const common =
    /Noun|Singular|Plural|Adjective|Tense|Infinitive|Gerund|Determiner|Preposition|Conjunction|Pronoun|Adverb/;
  if (tags.some((tag) => common.test(tag))) return ROLE_HEADS.has(t.lower) && !sentenceInitial;
  return t.pos === 'PROPN' || (!sentenceInitial && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X'));
}

function classifyRun(
  text: string,
  tokens: TextToken[],
  first: number,
  last: number,
  offset: number
): Entity | null {
  // Leading capitalised roles ("Defense Minister Niko Peleshi", "Police Const. Tim Fanning").
  let nameStart = first;
  // A title opening the sentence is no name token, so the run starts at its portfolio: "Chief of Staff Denis
  // McDonough" runs from "Staff".
  const headOpening =
    first >= 2 && ROLE_HEADS.has(tokens[first - 2].lower) ? portfolioEnd(tokens, first - 1, last) : 0;
  if (headOpening > first) nameStart = headOpening;
  for (let k = first; k < last; k++)
    if (ROLE_HEADS.has(tokens[k].lower.replace(/\.$/, ''))) nameStart = portfolioEnd(tokens, k + 1, last);
  while (nameStart < last && tokens[nameStart].text === '.') nameStart++;
  const words = tokens.slice(nameStart, last + 1);
  // A run that ends in a role word is a title on its own ("Chief Public Relations Officer").
  if (words.length === 0 || ROLE_HEADS.has(tokens[last].lower.replace(/\.$/, ''))) return null;
  const surface = text.slice(tokens[nameStart].start, tokens[last].end);
  const lower = surface.toLowerCase();
  // A post word opening the sentence is no name token, but it names the post ("Foreign Minister Sergei Lavrov").
  let roleFirst = headOpening > first ? first - 2 : first;
  // Only the sentence's first word, and not a verb: "76ers Fire Coach Jim O'Brien" fires him.
  const opener = tokens[roleFirst - 1];
  if (
    nameStart > first &&
    opener &&
    (roleFirst === 1 || /^[.!?:"“‘'(\-–—]$/.test(tokens[roleFirst - 2].text)) &&
    opener.pos !== 'VERB' &&
    POST_WORDS.has(opener.lower)
  )
    roleFirst--;
  let role = nameStart > first ? text.slice(tokens[roleFirst].start, tokens[nameStart - 1].end) : undefined;
  if (role && HONORIFICS.has(role.toLowerCase().replace(/\.$/, ''))) role = undefined;
  let type = typeOfRun(tokens, nameStart, last, lower, nameStart > first);
  if (type === 'person' || type === 'other') {
    const before = roleBefore(tokens, first);
    const attached = role ?? before ?? roleAfter(text, tokens, last);
    // A lone unknown word becomes a person only with a role right before it ("spokesman Fanning").
    if (attached && type === 'other' && (words.length > 1 || (before && tokens[first - 1]?.text !== ',')))
      type = 'person';
    if (type === 'person') role = attached;
  }
  // A name the lexicon takes for a person's ("Houston", "Moore") or does not know ("Sumatra") is a place where the
  // sentence says so.
  if (
    (type === 'other' || (type === 'person' && !role)) &&
    !startsWithFirstName(words) &&
    namedAsPlace(tokens, nameStart, last)
  )
    type = 'place';
  const entity: Entity = {
    text: surface,
    norm: normalise(surface),
    type,
    start: offset + tokens[nameStart].start,
    end: offset + tokens[last].end
  };
  if (role && type === 'person') entity.role = role;
  return entity;
}

function typeOfRun(
  tokens: TextToken[],
  first: number,
  last: number,
  lower: string,
  hasRole: boolean
): EntityType {
  const words = tokens.slice(first, last + 1);
  const head = words[words.length - 1].lower.replace(/\.$/, '');
  const whole = tagsOf(lower.replace(/[’']s$/, ''));
  if (whole.includes('Organization')) return 'organization';
  if (whole.some((t) => PLACE_TAGS.has(t))) return 'place';
  if (whole.some((t) => NAME_TAGS.has(t)) && words.length > 1) return 'person';
  if (hasRole) return 'person';
  // "Gulf of Aden", "Bank of England": the head is the word before "of".
  const ofAt = words.findIndex((w) => w.lower === 'of');
  const heads = ofAt > 0 ? [head, words[ofAt - 1].lower] : [head];
  if (heads.some((h) => ORGANIZATION_HEADS.has(h))) return 'organization';
  if (heads.some((h) => PLACE_HEADS.has(h)) && words.length > 1) return 'place';
  if (words.length > 1 && PLACE_FIRST.test(words[0].text)) return 'place';
  if (words.some((w) => /\d/.test(w.text))) return 'other';
  if (words.length === 1) {
    if (whole.some((t) => NAME_TAGS.has(t))) return 'person';
    if (isAcronym(words[0])) return 'organization';
    return 'other';
  }
  const firstTags = tagsOf(words[0].lower);
  if (firstTags.some((t) => NAME_TAGS.has(t))) return 'person';
  if (words.some((w) => tagsOf(w.lower).includes('Organization') || isAcronym(w))) return 'organization';
  if (
    words.length <= 3 &&
    words.every((w) => !tagsOf(w.lower).some((t) => PLACE_TAGS.has(t) || t === 'Demonym'))
  ) {
    // Unknown capitalised words are a person's name when the context says so: an age ("Vishwanand Subryan,
    // 23,", "Raj Chohan, aged 59,"), a speech verb ("Raj Chohan said"), or a known surname.
    const next = tokens.slice(last + 1, last + 5).map((t) => t.lower);
    const ageAt = next[1] === 'aged' ? 2 : 1;
    const aged = next[0] === ',' && /^\d{1,3}$/.test(next[ageAt] ?? '') && next[ageAt + 1] === ',';
    const speaks = /^(?:said|says|told|added|explained|wrote|tweeted)$/.test(next[0] ?? '');
    const surname = tagsOf(words[words.length - 1].lower).includes('LastName');
    if (aged || speaks || surname) return 'person';
  }
  return 'other';
}

/** Capitalised words that follow "in" for what they are, not where: a language, a body, a faith, a holiday. */
// prettier-ignore
const NOT_PLACES = new Set([
  'english', 'spanish', 'arabic', 'french', 'german', 'chinese', 'russian', 'hebrew', 'parliament', 'congress',
  'senate', 'court', 'islam', 'christianity', 'judaism', 'christmas', 'easter', 'ramadan', 'hanukkah', 'advent'
]);
/** Prepositions that say where, and the kinds of place a name can follow ("off the coast of Sumatra"). */
const WHERE = /^(?:in|near|outside|off|across|into|inside)$/;
const PLACE_KIND = new RegExp(`^(?:${PLACE_KINDS})$`);

function startsWithFirstName(words: TextToken[]): boolean {
  return words.length > 1 && tagsOf(words[0].lower).some((t) => t !== 'LastName' && NAME_TAGS.has(t));
}

/**
 * Whether the name at `first..last` is a place by its context: right after a preposition of place ("near
 * Houston"), after a kind of place ("the city of Moore", "off the coast of Sumatra"), or before a state or country
 * after a comma ("Moore, Oklahoma"). A name before a possessive is an owner ("near Smith's farm"), which says
 * nothing of its kind.
 */
function namedAsPlace(tokens: TextToken[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after && /^['’]s?$/.test(after.text)) return false;
  if (after?.text === ',' && tokens[last + 2] && isCapitalised(tokens[last + 2])) {
    const one = tokens[last + 2].lower;
    const two = tokens[last + 3] ? `${one} ${tokens[last + 3].lower}` : '';
    if ([two, one].some((w) => w && tagsOf(w).some((t) => t === 'Region' || t === 'Country'))) return true;
  }
  if (last === first && NOT_PLACES.has(tokens[first].lower)) return false;
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower === 'of' && PLACE_KIND.test(tokens[k - 1]?.lower ?? '')) return true;
  return WHERE.test(tokens[k]?.lower ?? '');
}

/** Words of a portfolio after "of" that name a post, not a person ("Secretary of State", "Minister of Foreign
 * Affairs", "Chief of Staff"). */
const PORTFOLIO_WORDS = new Set([...POST_WORDS, 'affairs', 'staff', 'the']);

/** Where the name starts after a title's head at `k - 1`: after its portfolio ("of State"), if it has one. */
function portfolioEnd(tokens: TextToken[], k: number, last: number): number {
  if (tokens[k]?.lower !== 'of') return k;
  let end = k + 1;
  while (end < last && PORTFOLIO_WORDS.has(tokens[end].lower)) end++;
  return end > k + 1 ? end : k;
}

/** Lower-case role words right before the name ("police spokesman Tim Fanning", "her nephew, Ravi Singh"). */
function roleBefore(tokens: TextToken[], first: number): string | undefined {
  let k = first - 1;
  if (tokens[k]?.text === ',') k--;
  if (!tokens[k] || !ROLE_HEADS.has(tokens[k].lower)) return undefined;
  let s = k;
  while (
    s - 1 >= 0 &&
    s > k - 3 &&
    /^[\p{L}-]+$/u.test(tokens[s - 1].text) &&
    !DETERMINERS.test(tokens[s - 1].text)
  ) {
    if (['ADJ', 'NOUN', 'PROPN'].includes(tokens[s - 1].pos)) s--;
    else break;
  }
  return tokens
    .slice(s, k + 1)
    .map((t) => t.text)
    .join(' ');
}

/** Appositive after the name: "James Appathurai, the alliance's deputy secretary-general," -> that role. */
function roleAfter(text: string, tokens: TextToken[], last: number): string | undefined {
  let k = last + 1;
  if (tokens[k]?.text !== ',') return undefined;
  k++;
  if (/^\d{1,3}$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2; // "Raj Chohan, 59, ..."
  if (tokens[k] && DETERMINERS.test(tokens[k].text)) k++;
  // Skip a possessor ("the alliance's").
  if (tokens[k + 1] && /^['’]s$/.test(tokens[k + 1].text)) k += 2;
  const start = k;
  let end = k;
  let roleEnd = -1;
  while (end < tokens.length && end < start + 8 && !/^[,.;:!?)"”]$/.test(tokens[end].text)) {
    if (ROLE_HEADS.has(tokens[end].lower)) roleEnd = end;
    else if (['VERB', 'AUX', 'PRON'].includes(tokens[end].pos) && roleEnd < 0) return undefined;
    end++;
  }
  if (roleEnd < 0) return undefined;
  return text.slice(tokens[start].start, tokens[roleEnd].end);
}

export function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[.,"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
