// How two hand-labelled facts-dev sentences relate through the facts they share: the one reading of the labels
// that the conflict score (goldPairs) and the per-outlet verdict score (evalVerdicts) both use.
import type { FactsEvent, GoldSentence } from './loadFactsDev';
import { pairKey } from './metrics';

/** Per gold fact, its pairs of conflicting value ids (pairKey). */
export function goldConflicts(event: FactsEvent): Map<string, Set<string>> {
  return new Map(event.facts.map((f) => [f.id, new Set(f.conflicts.map(([a, b]) => pairKey(a, b)))]));
}

/**
 * How two labelled sentences report the facts they share: 'none' when they share none; 'differ' when, for a fact
 * they share, their values are listed as conflicting or exactly one of them is a denial; else 'same' when they give
 * the same value for every shared fact, equally firmly (hedged or not), and 'partial' when not.
 */
export function goldRelation(
  conflicts: Map<string, Set<string>>,
  x: GoldSentence,
  y: GoldSentence
): 'none' | 'same' | 'partial' | 'differ' {
  let relation: 'none' | 'same' | 'partial' = 'none';
  for (const a of x.facts) {
    for (const b of y.facts) {
      if (a.fact !== b.fact) continue;
      const conflicting = a.value && b.value && conflicts.get(a.fact)?.has(pairKey(a.value, b.value));
      if (conflicting || (a.certainty === 'denied') !== (b.certainty === 'denied')) return 'differ';
      const alike = a.value === b.value && (a.certainty === 'hedged') === (b.certainty === 'hedged');
      relation = relation === 'partial' || !alike ? 'partial' : 'same';
    }
  }
  return relation;
}
