// Claims into facts: average-linkage clusters over the alignment edges (each claim in one fact), then claims that
// also state another fact listed there as secondary members ("also mentions"), then facts that only
// repeat another folded into it, so one fact is shown once. The trainer tunes the thresholds through this same
// function (scripts/lib/alignTraining.ts).
import { addSecondaryMembers } from './addSecondaryMembers';
import type { ClaimEdge } from './alignClaims';
import type { GroupingThresholds } from './alignModel';
import { buildFacts } from './buildFacts';
import { limitSharedClaims } from './limitSharedClaims';
import { mergeRedundantFacts } from './mergeRedundantFacts';

export function groupClaims(
  articleOf: readonly string[],
  edges: ClaimEdge[],
  thresholds: GroupingThresholds
): { primary: number[][]; all: number[][] } {
  const grouped = buildFacts(articleOf, edges, {
    threshold: thresholds.group,
    minEdge: Math.max(thresholds.group, thresholds.groupMinEdge)
  });
  const merged = mergeRedundantFacts(
    grouped,
    addSecondaryMembers(grouped, articleOf, edges, thresholds.groupSecondary)
  );
  return { primary: merged.primary, all: limitSharedClaims(merged.primary, merged.all) };
}
