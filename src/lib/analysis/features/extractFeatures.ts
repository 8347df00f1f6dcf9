import type { ClaimFeatures } from '../types';
import { findEntities } from './findEntities';
import { findQuantities } from './findQuantities';
import { findDates } from './findDates';
import { findAttribution } from './findAttribution';
import { findCertainty } from './findCertainty';
import { findQuotes } from './findQuotes';
import { findNegation } from './findNegation';
import { findLoaded } from './findLoaded';
import { findLemmas } from './findLemmas';

/** All features of one claim's text; `offset` is where the text starts in the article, `published` its ISO date. */
export function extractFeatures(text: string, offset = 0, published?: string): ClaimFeatures {
  const dates = findDates(text, offset, published);
  // A number inside a date ("September 28, 2012") is the date's, not a quantity.
  const numbers = findQuantities(text, offset).filter(
    (q) => !dates.some((d) => q.start < d.end && q.end > d.start)
  );
  const attribution = findAttribution(text, offset);
  const { certainty, hedges } = findCertainty(text, attribution);
  const lemmas = findLemmas(
    text,
    dates.map((d) => ({ start: d.start - offset, end: d.end - offset }))
  );
  // Dates become one token each ("@2022-09-21"), at the precision they were stated.
  for (const d of dates)
    lemmas.push(
      `@${d.precision === 'year' ? d.from.slice(0, 4) : d.precision === 'month' ? d.from.slice(0, 7) : d.from.slice(0, 10)}`
    );
  return {
    entities: findEntities(text, offset),
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
