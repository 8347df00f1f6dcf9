// deriveVerdicts scores every member against the fact's central outlet by content coverage; the outcome depends
// only on the members, the central claim, the discrepancies and the bound of "same", so it is remembered per fact
// content.
// It is computed over the outlets that have a claim in the fact and widened to all the event's outlets
// ('absent' for the others, as deriveVerdicts itself decides), so adding an outlet to the event keeps it valid.
import { deriveVerdicts } from './deriveFact';
import { factLabel } from './factLabel';
import type { EngineContext, FactVerdicts } from './engineContext';
import type { PreviousFacts } from './previousFacts';
import type { Claim, Discrepancy, Verdict } from './types';

// Remembered in the caller's EngineContext (verdicts), emptied with its claim keys (trimComparedPairs).
const LIMIT = 200_000;

/**
 * deriveVerdicts(members, central, discrepancies, outlets, sameCoverage), remembered under the bound and the
 * members' and central claim's keys (claimKey); without keys it is simply computed. The discrepancies are not part
 * of the key: analyzeClaims derives them from the ordered members alone (comparePairOnce), so equal keys mean equal
 * discrepancies.
 */
export function verdictsOnce(
  members: Claim[],
  memberKeys: (number | undefined)[],
  central: Claim,
  centralKey: number | undefined,
  discrepancies: Discrepancy[],
  outlets: string[],
  context: EngineContext,
  sameCoverage: number
): FactVerdicts {
  const known = context.verdicts;
  const present = new Set(members.map((c) => c.outlet));
  const ownOutlets = outlets.filter((o) => present.has(o));
  let found: FactVerdicts | undefined;
  let key: string | undefined;
  if (centralKey !== undefined && memberKeys.every((k) => k !== undefined)) {
    key = `${sameCoverage}:${centralKey}:${memberKeys.join(',')}`;
    found = known.get(key);
  }
  if (!found) {
    found = deriveVerdicts(members, central, discrepancies, ownOutlets, context, sameCoverage);
    if (key !== undefined) {
      if (known.size >= LIMIT) known.clear();
      known.set(key, found);
    }
  }
  const widened: Record<string, Verdict> = {};
  for (const outlet of outlets)
    widened[outlet] = Object.prototype.hasOwnProperty.call(found.outlets, outlet)
      ? found.outlets[outlet]
      : 'absent';
  return { outlets: widened, verdict: found.verdict };
}

/**
 * Remembers the verdicts of a previous result's facts that are still whole. The central claim is the primary
 * member the label was made from (factLabel; labelledMember takes the first where several are); when the label
 * does not name exactly one, the fact is skipped. They were derived at `sameCoverage`, the bound of the model this
 * run uses: a result of this engine version was made with its model.
 */
export function seedVerdicts(
  context: EngineContext,
  { facts, keyOf }: PreviousFacts,
  sameCoverage: number
): void {
  const known = context.verdicts;
  for (const { fact, members, primaryCount, complete } of facts) {
    if (!complete || !members.length) continue;
    const centrals = members.slice(0, primaryCount).filter((c) => factLabel(c) === fact.label);
    if (centrals.length !== 1) continue;
    const own: Record<string, Verdict> = {};
    for (const [outlet, verdict] of Object.entries(fact.outlets))
      if (verdict !== 'absent') own[outlet] = verdict;
    const key = `${sameCoverage}:${keyOf.get(centrals[0].id)}:${members.map((c) => keyOf.get(c.id)).join(',')}`;
    if (known.size >= LIMIT) known.clear();
    known.set(key, { outlets: own, verdict: fact.verdict });
  }
}
