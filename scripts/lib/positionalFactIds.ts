// A result with its facts renamed g1.. in order. Re-analysis keeps the ids of facts whose central claim survives
// (src/lib/analysis/factIds.ts), so an incremental result equals a scratch run up to the names of the facts:
// the benchmark and tests compare them through this.
import type { AnalysisResult } from '../../src/lib/analysis/types';

export function positionalFactIds(result: AnalysisResult): AnalysisResult {
  const rename = new Map(result.facts.map((g, k) => [g.id, `g${k + 1}`]));
  return {
    ...result,
    facts: result.facts.map((g) => ({ ...g, id: rename.get(g.id)! })),
    outlets: result.outlets.map((o) => ({
      ...o,
      omissions: o.omissions.map((m) => ({ ...m, fact: rename.get(m.fact)! }))
    }))
  };
}
