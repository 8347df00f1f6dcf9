// Claims into facts: average-linkage groups over the alignment edges (each claim in one group), then claims that
// also state another group's fact listed there as secondary members ("also mentions"), then groups that only
// repeat another folded into it, so one fact is shown once. The trainer tunes the thresholds through this same
// function (scripts/lib/alignTraining.ts).
import { addSecondaryMembers } from './addSecondaryMembers';
import type { ClaimEdge } from './alignClaims';
import type { AlignModel } from './alignModel';
import { buildGroups } from './buildGroups';
import { limitSharedClaims } from './limitSharedClaims';
import { mergeRedundantGroups } from './mergeRedundantGroups';

export function groupClaims(
  articleOf: readonly string[],
  edges: ClaimEdge[],
  thresholds: AlignModel['thresholds']
): { primary: number[][]; all: number[][] } {
  const grouped = buildGroups(articleOf, edges, {
    threshold: thresholds.group,
    minEdge: Math.max(thresholds.group, thresholds.groupMinEdge)
  });
  const merged = mergeRedundantGroups(
    grouped,
    addSecondaryMembers(grouped, articleOf, edges, thresholds.groupSecondary)
  );
  return { primary: merged.primary, all: limitSharedClaims(merged.primary, merged.all) };
}
