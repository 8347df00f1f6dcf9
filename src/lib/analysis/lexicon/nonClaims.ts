// Patterns of article furniture and outlet voice that carry no claim about the event.
import { MONTH_NAMES, WEEKDAY_ABBREVIATIONS } from './calendar';

/** A lower-case pattern made case-insensitive letter by letter, for regexes that also need case-sensitive parts. */
const anyCase = (pattern: string) => pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

const MONTH = String.raw`(?:${MONTH_NAMES})\.?`;
const WEEKDAY = String.raw`(?:${WEEKDAY_ABBREVIATIONS})(?:day|nesday|rsday|urday|sday)?\.?`;
const ZONE = String.raw`(?:[A-Z]{1,4}T|UTC|GMT(?:[+-]\d{1,2}(?::\d{0,2})?)?|IST|BST|CET|CEST|MSK|AEST|UK|PT|ET|CT|MT|local time)`;

/** A day, month and year: "Mar 4, 2019", "4 March 2019", "2019-03-04". */
export const FULL_DATE = new RegExp(
  String.raw`(?:\b${MONTH}\s*\d{1,2},?\s+\d{4}|\b\d{1,2}\s+${MONTH},?\s+\d{4}|\b\d{4}-\d{2}-\d{2})\b`,
  'i'
);

/** Words allowed in a timestamp line besides numbers and punctuation. */
export const TIMESTAMP_WORD = new RegExp(
  String.raw`^(?:${MONTH}|${WEEKDAY}|${ZONE}|[ap]\.?m\.?|\d*[ap]m|\d+(?:st|nd|rd|th)|updated|update|published|posted|originally|article|story|downloaded|ago|years?|days?|hours?|minutes?|last|created|modified|on|at|by|date|time|hrs|h|today|yesterday|edited|first|am|pm|noon|midnight|and|a|p|m)$`,
  'i'
);

export const URL = /^(?:https?:\/\/|www\.)\S+$/i;
/**
 * A pointer to a web address ("The full report is available at: https://...", "Visit www.example.org"): the
 * sentence sends the reader somewhere and states nothing about the event. Text extracted from some pages keeps
 * the address spaced out ("http: / / www. example. org").
 */
export const URL_POINTER =
  /\b(?:at|visit|see|view|on|here)\s*:?\s*(?:https?\s*:\s*\/\s*\/|www\s*\.)\s*\S[^\s]*(?:\s*[./_-]\s*\S+)*\s*[.)]?\s*$/i;

export const NAVIGATION = [
  /^more on (?:the|this) (?:subject|topic|story)\b/i,
  // Pointers for the reader: "For more information, see the agency's statement", "You can follow it on ...".
  /^for (?:more|further) (?:information|details|coverage)\b[^.!?]{0,40}\b(?:see|visit|check out|go to|read|click|call)\b/i,
  /^(?:you|readers) can (?:follow|read|watch|find|see|listen to) .{0,80}\b(?:on|at)\b/i,
  /^courtesy of\b[^.!?]{0,60}:?$/i,
  /^(?:read|see|watch|listen|click|tap|scroll)(?: (?:more|also|next|here|the full (?:story|article)|full story|on))?\s*[:>»-]?\s*$/i,
  /^(?:read more|read also|also read|see also|related(?: (?:stories|articles|coverage|content|topics|news|posts?))?|recommended(?: for you)?|more from|most (?:read|popular|viewed)|top stories|trending(?: now)?|next article|previous article|back to top|continue reading|in (?:other|related) news|you (?:may|might) also like|more stories|latest news|editor'?s picks?|more news)\b\s*[:>»\-–—]?/i,
  /^source link$/i,
  // "Source: Reuters", "Tags: Iran, NATO"; not a headline that credits its sources ("Sources: Sox may not be out").
  /^(?:source|sources|via)\s*:\s*(?:\S+(?:\s+|$)){0,4}$/i,
  /^(?:tags?|filed under|categories|topics)\s*:/i,
  /^here['’]?\s?s (?:the|a|an) .{0,60}:$/i,
  /^(?:comments?(?: \(\d+\))?|\d+ comments?|leave a comment|post a comment|view comments|join the (?:conversation|discussion|debate)|have your say|story highlights|loading)\W*$/i,
  /^(?:home|news|world|sport|business|politics|opinion|video)(?:\s*[>|»/]\s*\w+)+$/i
];

export const PHOTO_CREDIT = [
  // "Photo: Reuters", "Photo by ...", "Image caption ...": the word, then a credit word or a separator ("Photos of
  // the damage show collapsed homes" is a claim).
  /^\(?(?:photo|image|picture|file photo|video|graphic|illustration)s?(?:\s*(?:by|credit|courtesy|caption|copyright)\b|\s*[:|/–—-])\s*.{0,60}\)?$/i,
  /^\((?:photo|image|picture|file)s?:?[^)]*\)$/i,
  // Agency credits, not agencies as sources ("told the AFP news agency" is a claim).
  /(?:getty images|afp\s?\/\s?getty|ap photo|reuters\s?\/\s?[A-Z]|\/\s?reuters|\/\s?ap\b|shutterstock|epa-efe|\/\s?afp|\((?:afp|ap|reuters|epa)\))\s*\)?\.?$/i
];

export const SHARE_PROMPT =
  /\b(?:share (?:this|it|them|the (?:article|story|post)|on (?:facebook|twitter|social))|feel free to share|share (?:our|your) (?:articles|posts|stories)|tweet this|email this|print this|share via)\b/i;

/** The outlet speaking to its readers: first person plural about its own work, appeals, subscriptions. */
export const OUTLET_APPEAL = [
  // Calls to comment: "Leave your thoughts in the comments below", "Sound off in the comments!"
  /\b(?:in|to) the comments?(?: section)? below\b|\bsound off\b|^(?:leave|post|share|add) (?:a|your) (?:comments?|thoughts|views)\b/i,
  // "our website", also with the words outlets put before their own coverage ("our live coverage").
  /\bour (?:(?:live|full|latest|own|daily|weekly|online|free|special|exclusive|continuing|ongoing|rolling) ){0,2}(?:website|web ?site|site|articles?|posts?|accounts?|work|journalism|reporting|readers|newsletters?|channels?|app|podcasts?|content|stories|coverage|newsroom|telegram|journalists|editorial|mission|independence)\b/i,
  /\bwe ask (?:you|our readers)\b/i,
  /\b(?:support (?:us|our)|subscribe|subscription|donat(?:e|ion)|sign up|newsletter|follow us|like us on|join us|become a (?:member|subscriber|patron)|(?:please|kindly) (?:support|consider)|unlock (?:this|full)|already a subscriber|log ?in to|create (?:a|an|your) (?:free )?account)\b/i,
  /\b(?:all of us|up to you|up to all of us)\b.*\b(?:journalism|media|information|narratives?)\b/i
];

export const ADVERTISEMENT = [
  /^(?:advertisement|sponsored(?: content)?|ad|promoted|partner content|paid content)\b\s*:?/i,
  /\bhas exclusive (?:pictures|photos|images|video|footage)\b/i,
  /\b(?:watch (?:the )?(?:video|live)|download (?:our|the) app|get the app|click (?:here|to))\b/i,
  // A video's teaser: "Video Watch how Felt played a pivotal role".
  /^video\s*[:\-–—]?\s*(?:watch|see)\b/i
];

export const BOILERPLATE = [
  /^(?:copyright|©|\(c\))/i,
  // Press-release furniture.
  /^(?:for (?:immediate|general) release|embargoed (?:until|for)|press release|news release|media advisory)\b.{0,60}$/i,
  /^office of the (?:press secretary|spokes(?:man|woman|person)|communications? director)\.?$/i,
  // The outlet about its own coverage, not about the event.
  /^(?:more|additional|further) (?:information|details|updates) (?:will|to) (?:follow|be (?:added|released|posted))\b/i,
  /\b(?:this (?:story|article|report|page) (?:will be|is being|is) (?:updated|developing)|check back (?:later|for updates))\b/i,
  // Only the label itself, maybe with what it covers: "Breaking news - three shot in ..." is a headline.
  /^(?:live (?:updates?|coverage|blog)|developing story|breaking news)\s*(?:(?:from|on|at|and)\b[^.!?:\-–—]{0,50})?$/i,
  /^(?:here is|here's|below is|read) the (?:full )?(?:transcript|text|statement|video|remarks)\b[^.!?]{0,60}[.:]?$/i,
  /\ball rights reserved\b/i,
  /\bthis (?:article|story|report) (?:was|has been) (?:originally )?(?:published|updated|corrected|produced)\b/i,
  /^our standards\b/i,
  /\b(?:may not be|cannot be) (?:published|broadcast|rewritten|redistributed)\b/i,
  /^(?:disclaimer|note to editors|editor['’]s note)\s*:/i,
  // "Contact the reporter at jsmith@example.com", "Email the author: ...".
  /^(?:contact|e-?mail|reach|write to)\b.{0,60}[\w.+-]+@[\w-]+\.[\w.]+\W*$/i,
  /^(?:on behalf of)\b.*\bposted in\b/i
];

export const BYLINE = [
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*(?:\s*[,|-]\s*.{0,60})?$/u,
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*[,|-]\s*(?:staff (?:writer|reporter)|senior (?:writer|editor|correspondent|reporter)|(?:\w+ )?correspondent|reporter|contributor|editor|columnist|special to)\b.{0,40}$/iu,
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|written) by\b.{0,120}\)?\.?$/i,
  /^(?:posted|written|published) by\b.{0,60}$/i
];

/** "WASHINGTON (Reuters) -", "MUMBAI:", "Mumbai, Nov 11-": a place in capitals or with a date, then a dash or colon. */
export const DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:\([\p{L} .&]+\))?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*|\s*[-–—]\s*)(?:${anyCase(MONTH)}\s*\d{1,2}|\d{1,2}\s*${anyCase(MONTH)})(?:,?\s*\d{4})?)\s*[-–—:]+$`,
  'u'
);
/**
 * A dateline glued to the first sentence: "WASHINGTON (Reuters) - The president said", "TIRANA, Albania (AP) —",
 * "KELLBY, March 12 (Continental Press) -": a place in capitals, a region or a date, the agency, a dash or colon.
 */
export const LEADING_DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}{2,}[\p{Lu}.'’-]*(?:[ ,]+\p{Lu}{2,}[\p{Lu}.'’-]*){0,3})(?:,\s*\p{Lu}[\p{L}.]*)?(?:,?\s*(?:${anyCase(MONTH)}\s*\d{1,2}|\d{1,2}\s*${anyCase(MONTH)})(?:,?\s*\d{4})?)?\s*(?:\([\p{L} .&]+\))?\s*[-–—:]+\s+(?=\p{Lu}|["“])`,
  'u'
);

export const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/gi;
