import type { Claim } from '$lib/analysis/types';

/** What two aligned claims have in common: why the engine put them in one fact. */
export interface AlignmentEvidence {
  entities: string[];
  numbers: string[];
  dates: string[];
  lemmas: string[];
}

/**
 * Shared entities (by canonical form), numbers (by value), dates (by overlapping range) and content lemmas
 * between a claim and the fact's representative, each listed once, as the claim words them.
 */
export function alignmentEvidence(claim: Claim, representative: Claim): AlignmentEvidence {
  const repEntities = new Set(representative.entities.map((e) => e.norm));
  const repNumbers = new Set(representative.numbers.map((n) => n.value));
  const repLemmas = new Set(representative.lemmas);
  const overlaps = (from: string, to: string) =>
    representative.dates.some(
      (d) => d.from.slice(0, 10) <= to.slice(0, 10) && from.slice(0, 10) <= d.to.slice(0, 10)
    );
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    entities: unique(claim.entities.filter((e) => repEntities.has(e.norm)).map((e) => e.text)),
    numbers: unique(claim.numbers.filter((n) => repNumbers.has(n.value)).map((n) => n.text)),
    dates: unique(claim.dates.filter((d) => overlaps(d.from, d.to)).map((d) => d.text)),
    // Lemmas also carry number tokens ("#3000"); numbers are listed on their own.
    lemmas: unique(claim.lemmas.filter((l) => repLemmas.has(l) && /^\p{L}/u.test(l)))
  };
}
