import type { NonClaimReason } from './types';
import { analyzeText, type TextMemo } from './features/analyzeText';
import {
  ADVERTISEMENT,
  BOILERPLATE,
  BYLINE,
  DATELINE,
  FULL_DATE,
  NAVIGATION,
  OUTLET_APPEAL,
  PHOTO_CREDIT,
  SECOND_PERSON,
  SHARE_PROMPT,
  TIMESTAMP_WORD,
  URL,
  URL_POINTER
} from './lexicon/nonClaims';

export interface NonClaimContext {
  /** Index of the sentence in the article. */
  index: number;
  paragraph: number;
  /** The sentence sits in the last paragraphs of the article, where outlet furniture and appeals cluster. */
  isLastParagraphs: boolean;
  /** The sentence continues a quotation opened in an earlier sentence (its "you" and "we" are the speaker's). */
  inQuote?: boolean;
  /** The outlet's name ("RT"), to recognise the outlet speaking about itself. */
  outlet?: string;
  /** Text analyses already made (extractClaims passes the article's). */
  texts?: TextMemo;
}

const REPORTED_QUESTION =
  /\?\s*["”’]?\s*(?:\p{Lu}[\p{L}.’' -]{0,40}\s+)?(?:asked|wondered|questioned)\b[^.?!]*[.!]?$/u;
const QUOTE_MARK = /["“”«»]/;

/** Why a sentence is not a claim about the event, or null when it is one (or may be). */
export function classifyNonClaim(sentence: string, context: NonClaimContext): NonClaimReason | null {
  const text = sentence.trim();
  if (!/\p{L}/u.test(text) && !/\d/.test(text)) return 'boilerplate'; // stray punctuation
  if (URL.test(text) || (text.length < 300 && URL_POINTER.test(text))) return 'url';
  if (isTimestamp(text)) return 'timestamp';
  if (isDatedDateline(text, context.texts)) return 'dateline';
  if (NAVIGATION.some((re) => re.test(text))) return 'navigation';
  if (DATELINE.test(text) && text.length < 60) return 'dateline';
  if (BYLINE.some((re) => re.test(text)) && !/\b(?:said|says|was|were|is|are|has|had)\b/.test(text))
    return 'byline';
  if (text.length < 120 && PHOTO_CREDIT.some((re) => re.test(text))) return 'photo-credit';
  if (BOILERPLATE.some((re) => re.test(text))) return 'boilerplate';
  if (ADVERTISEMENT.some((re) => re.test(text))) return 'advertisement';

  const own = context.inQuote ? '' : withoutQuotes(text);
  if (own && SHARE_PROMPT.test(own)) return 'share-prompt';
  if (own && OUTLET_APPEAL.some((re) => re.test(own))) return 'outlet-appeal';
  if (own && isQuestion(text, own)) return 'reader-question';
  if (own && addressesReader(own)) return 'reader-question';
  if (isLabel(text, context.index, context.texts)) return 'headline-label';
  return null;
}

function withoutQuotes(text: string): string {
  return text.replace(/["“][^"”]*(?:["”]|$)/g, ' ').replace(/‘[^’]*’(?!\p{L})/gu, ' ');
}

/** A line made only of dates, times, zones and words like "Updated", "Published", "Posted on". */
function isTimestamp(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  const words = text.split(/[\s,|/@()[\]\-–—:;.]+/).filter((w) => /\p{L}/u.test(w));
  const unknown = words.filter((w) => !TIMESTAMP_WORD.test(w) && !/^\d/.test(w));
  // Allow one short agency or place word ("TNN", "MUMBAI") next to a full timestamp.
  return (
    unknown.length === 0 ||
    (unknown.length <= 2 && unknown.every((w) => /^\p{Lu}+$/u.test(w)) && words.length > unknown.length + 1)
  );
}

/**
 * A statement that only ends with a rhetorical tag or an aside in brackets: "McDermott now has 2,029 points in 106
 * games, but who's counting?", "Sox make offer to Teixeira (8 years?)". The statement is the claim.
 */
function statementWithTag(own: string): boolean {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const trimmed = own.trim();
  const aside = /\s*\([^()]*\?\s*\)\s*$/.exec(trimmed);
  if (aside) return !trimmed.slice(0, aside.index).includes('?') && words(trimmed.slice(0, aside.index)) >= 3;
  const tagged = /^(.*),\s*([^,]{1,30})\?\s*["”’]*$/.exec(trimmed);
  return !!tagged && !tagged[1].includes('?') && words(tagged[1]) >= 6 && words(tagged[2]) <= 4;
}

/** A question put to the reader, or a reported question with no answer ('"What ...?" Eyewitness News asked.'). */
function isQuestion(text: string, own: string): boolean {
  if (/\?\s*["”’)]*$/.test(own.trim()) && !QUOTE_MARK.test(text[0])) return !statementWithTag(own);
  return REPORTED_QUESTION.test(text) && !/[.!]\s*["”]?\s*\p{Lu}/u.test(own.replace(REPORTED_QUESTION, ''));
}

/** Advice addressed to the reader: second person throughout, no source, no quotation. */
function addressesReader(own: string): boolean {
  const you = own.match(SECOND_PERSON)?.length ?? 0;
  if (you < 2 || /\b(?:said|says|told|asked)\b/i.test(own)) return false;
  return !/^\s*["“]/.test(own);
}

/**
 * A dateline on its own line with a full date ("Geneva, Mar 4, 2019 / 10:30 am (Agency)"): a short line with a
 * day, month and year and no verb at all. isTimestamp takes lines of date words only; this one has a place.
 */
function isDatedDateline(text: string, memo?: TextMemo): boolean {
  if (text.length > 90 || !FULL_DATE.test(text)) return false;
  // "10:30 am": the tagger takes "am" for a verb.
  const { tokens } = analyzeText(text.replace(/\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?/gi, ''), memo);
  return !tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * A short section label ("Extreme caution"): no verb, no final punctuation, a few words, not the headline. A
 * masthead in capitals ("THE CITY HALL") is a label even at the top: a headline in capitals has its verb.
 */
function isLabel(text: string, index: number, memo?: TextMemo): boolean {
  if (/[.!?:"”]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return true;
  const capitals = words.every((w) => w === w.toUpperCase());
  if (words.length > 4 || (index === 0 && words.length > 2 && !capitals)) return false;
  const { tokens } = analyzeText(text, memo);
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NUM')) return false;
  return true;
}
