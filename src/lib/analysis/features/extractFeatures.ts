import type { ClaimFeatures, DateValue } from '../types';
import { findEntities } from './findEntities';
import { findQuantities } from './findQuantities';
import { findDates } from './findDates';
import { findAttribution } from './findAttribution';
import { findCertainty } from './findCertainty';
import { findQuotes } from './findQuotes';
import { findNegation } from './findNegation';
import { findLoaded } from './findLoaded';
import { findLemmas } from './findLemmas';
import type { TextMemo } from './analyzeText';

/**
 * All features of one claim's text; `offset` is where the text starts in the article, `published` its ISO date,
 * `memo` the text analyses made already (extractClaims passes the article's).
 */
export function extractFeatures(
  text: string,
  offset = 0,
  published?: string,
  memo?: TextMemo
): ClaimFeatures {
  const dates = findDates(text, offset, published);
  // A number inside a date ("September 28, 2012") is the date's, not a quantity.
  const numbers = findQuantities(text, offset, memo).filter(
    (q) => !dates.some((d) => q.start < d.end && q.end > d.start)
  );
  const attribution = findAttribution(text, offset, memo);
  const { certainty, hedges } = findCertainty(text, attribution);
  // Numbers and dates inside recognised quantities and dates become one normalised token each ("$1.2 million"
  // -> "#1200000", "Wednesday" -> "@2022-09-21"), so "3,000" matches "3000" and "Sept. 21" matches "Wednesday".
  const lemmas = findLemmas(
    text,
    [...dates, ...numbers].map((x) => ({ start: x.start - offset, end: x.end - offset })),
    memo
  );
  for (const q of numbers) {
    lemmas.push(`#${q.value}`);
    if (q.unit && q.unit !== 'ordinal') lemmas.push(q.unit.toLowerCase());
  }
  // Dates become one token each ("@2022-09-21"), at the precision they were stated; ranges give both ends.
  const stamp = (d: DateValue, iso: string) =>
    `@${d.precision === 'year' ? iso.slice(0, 4) : d.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10)}`;
  for (const d of dates) {
    lemmas.push(stamp(d, d.from));
    if (stamp(d, d.to) !== stamp(d, d.from) && d.precision !== 'vague' && d.precision !== 'month')
      lemmas.push(stamp(d, d.to));
  }
  return {
    entities: findEntities(text, offset, memo),
    numbers,
    dates,
    attribution,
    certainty,
    hedges,
    quotes: findQuotes(text, offset),
    negated: findNegation(text, offset).negated,
    loaded: findLoaded(text),
    lemmas
  };
}
