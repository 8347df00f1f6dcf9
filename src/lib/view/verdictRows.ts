// The verdicts of an event's facts as the API lists them: each fact's verdict, its outlets' verdicts and how many
// conflicts it has, counted as the pages count them (distinctDiscrepancies: one conflict between two outlets once).
import type { AnalysisResult, Verdict } from '../analysis/types';
import { claimIndex } from './coverage';
import { distinctDiscrepancies } from './discrepancies';

export interface VerdictRow {
  fact: string;
  /** The fact id under the name the first API published it with. */
  group: string;
  label: string;
  verdict: Verdict;
  outlets: Record<string, Verdict>;
  discrepancies: number;
}

export function verdictRows(result: AnalysisResult | undefined): VerdictRow[] {
  if (!result) return [];
  const claims = claimIndex(result);
  return result.facts.map((g) => ({
    fact: g.id,
    group: g.id,
    label: g.label,
    verdict: g.verdict,
    outlets: g.outlets,
    discrepancies: distinctDiscrepancies(g, claims).length
  }));
}
