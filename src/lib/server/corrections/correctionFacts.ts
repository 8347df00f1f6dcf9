import { claimRefKey } from '../../analysis/corrections';
import type { Db } from '../store/sqlite/db';
import type { CorrectedAnalysis } from '../store/sqlite/corrections';
import { listNotes } from '../store/sqlite/factNotes';

/**
 * Every fact (or the one with id `only`) with what the correction controls need: claims by anchor, verdicts,
 * discrepancies, notes, and the other facts a claim can be moved or merged into.
 */
export function correctionFacts(db: Db, eventId: number, analysis: CorrectedAnalysis | null, only?: string) {
  if (!analysis) return [];
  const byId = new Map(analysis.result.articles.flatMap((a) => a.claims).map((c) => [c.id, c]));
  const anchor = (id: string) => {
    const c = byId.get(id)!;
    return claimRefKey(c);
  };
  const notes = listNotes(db, eventId);
  // A fact is named by one of its own claims: a claim listed as secondary there belongs to another fact.
  const facts = analysis.result.facts.map((g) => {
    const secondary = new Set(g.secondary ?? []);
    return { claim: anchor(g.claims.find((id) => !secondary.has(id)) ?? g.claims[0]), label: g.label };
  });
  const chosen =
    only === undefined ? analysis.result.facts : analysis.result.facts.filter((g) => g.id === only);
  return chosen.map((g) => {
    const claims = g.claims
      .map((id) => byId.get(id)!)
      .map((c) => ({
        ref: claimRefKey(c),
        text: c.text,
        outlet: c.outlet,
        start: c.start,
        end: c.end,
        kind: c.kind
      }));
    const refs = new Set(claims.map((c) => c.ref));
    return {
      id: g.id,
      label: g.label,
      verdict: g.verdict,
      claims,
      outlets: Object.entries(g.outlets).map(([name, verdict]) => ({ name, verdict })),
      discrepancies: g.discrepancies.map((d) => ({
        type: d.type,
        claims: [anchor(d.claims[0]), anchor(d.claims[1])] as [string, string],
        values: d.values
      })),
      notes: notes.filter((n) => refs.has(n.claimRef)),
      facts
    };
  });
}
