// How the engine compares the values of two claims of one fact, built once per event: what compareValues is told
// of each side (the other article's text, the year its article reports from, the claim before it, how closely the
// two claims agree).
// analyzeClaims and the correction path (deriveFact.pairFacts) both compare through it, so a fact people regroup
// gets the discrepancies the engine would give the same members.
import { claimProfile } from './alignClaims';
import { articleYear } from './articleYear';
import { compareValues, type ValueDiscrepancy } from './compareValues';
import type { EngineContext } from './engineContext';
import { closenessApartFromValues, mutualCoverage } from './contentCoverage';
import type { Claim } from './types';

/** One article as the comparer reads it: its publication date and every unit the extractor returned. */
export interface ComparedArticle {
  id: string;
  published?: string;
  claims: readonly Claim[];
  /** The article's text; the units' texts joined stand in for it when absent (a stored result has no texts). */
  text?: string;
}

export type ClaimComparer = (a: Claim, b: Claim) => ValueDiscrepancy[];

/** The comparer of one event's articles. Texts and years are worked out only for the articles a comparison needs. */
export function claimComparer(articles: readonly ComparedArticle[], context?: EngineContext): ClaimComparer {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const lowered = new Map<string, string | undefined>();
  const lowerText = (id: string): string | undefined => {
    if (!lowered.has(id)) {
      const a = byId.get(id);
      lowered.set(id, a && (a.text ?? a.claims.map((c) => c.text).join('\n')).toLowerCase());
    }
    return lowered.get(id);
  };
  const years = new Map<string, number | undefined>();
  const yearOf = (id: string): number | undefined => {
    if (!years.has(id)) {
      const a = byId.get(id);
      years.set(id, a && articleYear(a.published, a.claims));
    }
    return years.get(id);
  };
  const previous = new Map<string, Claim>();
  for (const a of articles) {
    const own = a.claims.filter((c) => c.kind === 'claim');
    own.forEach((c, i) => i > 0 && previous.set(c.id, own[i - 1]));
  }
  return (a, b) => {
    const article = (side: 'a' | 'b') => (side === 'a' ? a.articleId : b.articleId);
    return compareValues(a, b, {
      mentionedIn: (side, norm) => lowerText(article(side))?.includes(norm) ?? false,
      closeness: mutualCoverage(claimProfile(a, context), claimProfile(b, context)),
      closenessApartFromValues: closenessApartFromValues(claimProfile(a, context), claimProfile(b, context)),
      texts: context?.texts,
      yearOf: (side) => yearOf(article(side)),
      before: (side) => previous.get(side === 'a' ? a.id : b.id)
    });
  };
}
