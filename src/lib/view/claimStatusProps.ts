import type { AnalysisResult, Claim } from '../analysis/types';
import { claimStatuses, reportedFacts, type ClaimStatus } from './claimStatus';
import { discrepancyMarks, type ValueMark } from './claimStatusMarks';

export interface ClaimTextProps {
  claims: Claim[];
  statusByClaim: Record<string, ClaimStatus>;
  marks: Record<string, ValueMark[]>;
  factLinks: Record<string, string>;
}

/**
 * Everything ClaimText needs for one article of an analyzed event (for the article page), trimmed to that
 * article's claims: statuses, differing-value marks, and a link to the fact page for claims that other
 * outlets also report. Empty when the article was not in the analysis.
 */
export function claimTextProps(
  result: AnalysisResult,
  articleId: string,
  eventId: number | string
): ClaimTextProps {
  const claims = result.articles.find((a) => a.id === articleId)?.claims ?? [];
  const own = new Set(claims.map((c) => c.id));
  const pick = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => own.has(id)));
  const statusByClaim = pick(claimStatuses(result));
  const factLinks: Record<string, string> = {};
  for (const g of reportedFacts(result)) {
    const secondary = new Set(g.secondary ?? []);
    for (const id of g.claims) {
      if (secondary.has(id)) continue; // linked to its own fact
      const status = statusByClaim[id];
      if (own.has(id) && status && status !== 'single' && status !== 'non-claim')
        factLinks[id] = `/events/${eventId}/facts/${encodeURIComponent(g.id)}`;
    }
  }
  return { claims, statusByClaim, marks: pick(discrepancyMarks(result)), factLinks };
}
