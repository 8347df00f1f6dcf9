// The rows of the event exports (claims.csv/json, discrepancies.csv/json), built from a stored analysis.
// Pure: the routes add the database lookups and the file formats.
import type { AnalysisResult, Claim } from '../../analysis/types';
import { claimIndex, factRows } from '../../view/coverage';

export interface ClaimMatrixRow {
  fact_id: string;
  fact_label: string;
  fact_verdict: string;
  outlet: string;
  verdict: string;
  claim_id: string;
  article_id: string;
  start: number | null;
  end: number | null;
  certainty: string;
  wording: string;
}

export interface DiscrepancyRow {
  fact_id: string;
  fact_label: string;
  type: string;
  outlet_a: string;
  value_a: string;
  claim_a: string;
  wording_a: string;
  outlet_b: string;
  value_b: string;
  claim_b: string;
  wording_b: string;
}

export const CLAIM_MATRIX_COLUMNS: (keyof ClaimMatrixRow)[] = [
  'fact_id',
  'fact_label',
  'fact_verdict',
  'outlet',
  'verdict',
  'claim_id',
  'article_id',
  'start',
  'end',
  'certainty',
  'wording'
];

export const DISCREPANCY_COLUMNS: (keyof DiscrepancyRow)[] = [
  'fact_id',
  'fact_label',
  'type',
  'outlet_a',
  'value_a',
  'claim_a',
  'wording_a',
  'outlet_b',
  'value_b',
  'claim_b',
  'wording_b'
];

function outletsOf(result: AnalysisResult): string[] {
  return [...new Set([...result.outlets.map((o) => o.outlet), ...result.articles.map((a) => a.outlet)])];
}

/**
 * The claim matrix: one row per fact and outlet (absent outlets included, with empty wording), with the
 * outlet's first claim of the fact in full. Non-claim facts are left out, as on the dashboard.
 */
export function claimMatrixRows(result: AnalysisResult): ClaimMatrixRow[] {
  const claims = claimIndex(result);
  const outlets = outletsOf(result);
  const facts = new Set(factRows(result, outlets, claims).map((r) => r.id));
  const rows: ClaimMatrixRow[] = [];
  for (const fact of result.facts) {
    if (!facts.has(fact.id)) continue;
    const members = fact.claims.map((id) => claims.get(id)).filter((c): c is Claim => c?.kind === 'claim');
    for (const outlet of outlets) {
      const verdict = fact.outlets[outlet] ?? 'absent';
      const own = verdict === 'absent' ? undefined : members.find((c) => c.outlet === outlet);
      rows.push({
        fact_id: fact.id,
        fact_label: fact.label,
        fact_verdict: fact.verdict,
        outlet,
        verdict,
        claim_id: own?.id ?? '',
        article_id: own?.articleId ?? '',
        start: own?.start ?? null,
        end: own?.end ?? null,
        certainty: own?.certainty ?? '',
        wording: own?.text ?? ''
      });
    }
  }
  return rows;
}

/** Every discrepancy of every fact, both sides with outlet, value, claim id and full wording. */
export function discrepancyRows(result: AnalysisResult): DiscrepancyRow[] {
  const claims = claimIndex(result);
  const facts = new Set(factRows(result, outletsOf(result), claims).map((r) => r.id));
  const rows: DiscrepancyRow[] = [];
  for (const fact of result.facts) {
    if (!facts.has(fact.id)) continue;
    for (const d of fact.discrepancies) {
      const a = claims.get(d.claims[0]);
      const b = claims.get(d.claims[1]);
      rows.push({
        fact_id: fact.id,
        fact_label: fact.label,
        type: d.type,
        outlet_a: a?.outlet ?? '',
        value_a: d.values[0],
        claim_a: d.claims[0],
        wording_a: a?.text ?? '',
        outlet_b: b?.outlet ?? '',
        value_b: d.values[1],
        claim_b: d.claims[1],
        wording_b: b?.text ?? ''
      });
    }
  }
  return rows;
}
