// An article's headline when nobody gave one: the first of its opening lines that is not page furniture. Pages
// often open with a timestamp, a dateline or a byline ("Last Updated: Monday, 28 November 2005, 02:24 GMT",
// "11 / 28 / 05", "By Jane Doe") before the headline; the engine's non-claim rules tell them.
import { classifyNonClaim } from './classifyNonClaim';
import type { NonClaimReason } from './types';

/** How many opening lines are searched for the headline. */
const HEADLINE_SEARCH = 4;

/** Non-claims that are page furniture, never a headline. A question is a fine headline ("Saints could shut down
 * Reggie Bush?"), though the engine counts it as no claim. */
const FURNITURE = new Set<NonClaimReason>([
  'timestamp',
  'dateline',
  'byline',
  'url',
  'navigation',
  'photo-credit',
  'advertisement',
  'boilerplate'
]);

/**
 * The headline among an article's opening lines (or sentences), whitespace collapsed: the first that is not
 * furniture, or the first line when all of the first few are. Undefined when there is no line with text.
 */
export function articleHeadline(lines: Iterable<string>): string | undefined {
  // Only the first few lines with text are read, however long the article.
  const texts: string[] = [];
  for (const line of lines) {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
    if (texts.length === HEADLINE_SEARCH) break;
  }
  const headline = texts.find((text, index) => {
    const reason = classifyNonClaim(text, { index, paragraph: index, isLastParagraphs: false });
    return !reason || !FURNITURE.has(reason);
  });
  return headline ?? texts[0];
}
