// Two free sentences compared: 'same' (a reader would say both say the same thing), 'related' (the same
// happening, but one adds, lacks or changes information) or 'unrelated', with typed discrepancies.
import { compareValues } from './compareValues';
import { extractClaims } from './extractClaims';
import { pairProbability } from './pairModel';
import { profileSentence } from './profileSentence';
import { mutualCoverage, relateProfiles } from './relateProfiles';
import type { Claim, DiscrepancyType, PairRelation } from './types';

const REFERENCE_DATE = '2000-06-30';

/** The sentence as one claim: the extractor's features of all its units merged. */
function asClaim(text: string, id: string): Claim {
  // A fixed reference date lets relative dates ("Thursday, March 14") resolve the same way in both sentences.
  const units = extractClaims({ id, outlet: id, text, published: REFERENCE_DATE });
  const claims = units.filter((c) => c.kind === 'claim');
  const base = claims[0] ?? units[0];
  const merged: Claim = {
    ...(base ?? {
      id,
      articleId: id,
      outlet: id,
      kind: 'claim',
      sentence: 0,
      paragraph: 0,
      attribution: null,
      certainty: 'asserted'
    }),
    text,
    start: 0,
    end: text.length,
    entities: claims.flatMap((c) => c.entities),
    numbers: claims.flatMap((c) => c.numbers),
    dates: claims.flatMap((c) => c.dates),
    hedges: claims.flatMap((c) => c.hedges),
    quotes: claims.flatMap((c) => c.quotes),
    loaded: claims.flatMap((c) => c.loaded),
    lemmas: claims.flatMap((c) => c.lemmas),
    negated: claims.some((c) => c.negated)
  } as Claim;
  return merged;
}

export function comparePair(
  a: string,
  b: string
): {
  relation: PairRelation;
  score: number;
  discrepancies: { type: DiscrepancyType; values: [string, string] }[];
} {
  const [pa, pb] = [profileSentence(a), profileSentence(b)];
  const score = pairProbability(pa, pb);
  const ca = asClaim(a, 'a');
  const cb = asClaim(b, 'b');
  // Names only count as changed when the other sentence does not mention them at all.
  const mentioned = (side: 'a' | 'b', norm: string) => (side === 'a' ? a : b).toLowerCase().includes(norm);
  let relation = relateProfiles(pa, pb, score, false);
  const discrepancies =
    relation === 'unrelated'
      ? []
      : compareValues(ca, cb, { mentionedIn: mentioned, closeness: mutualCoverage(pa, pb) });
  if (relation === 'same' && discrepancies.length) relation = 'related';
  return { relation, score: Math.round(score * 1000) / 1000, discrepancies };
}
