// Per-outlet verdicts for one claim group: 'differ' when the outlet is party to a discrepancy, 'same' when its
// claim says what the group's central claim says, 'partial' when it adds or lacks detail, 'absent' otherwise.
import type { Claim, Discrepancy, Verdict } from './types';

export function groupVerdicts(
  claims: Claim[],
  central: Claim,
  discrepancies: Discrepancy[],
  allOutlets: string[],
  sameAsCentral: (claim: Claim) => boolean
): { outlets: Record<string, Verdict>; verdict: Verdict } {
  const differing = new Set<string>();
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const d of discrepancies) for (const id of d.claims) differing.add(byId.get(id)?.outlet ?? '');
  const byOutlet = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!byOutlet.has(c.outlet)) byOutlet.set(c.outlet, []);
    byOutlet.get(c.outlet)!.push(c);
  }
  const outlets: Record<string, Verdict> = {};
  for (const outlet of allOutlets) {
    const own = byOutlet.get(outlet) ?? [];
    if (!own.length) outlets[outlet] = 'absent';
    else if (differing.has(outlet)) outlets[outlet] = 'differ';
    else if (outlet === central.outlet || own.some(sameAsCentral)) outlets[outlet] = 'same';
    else outlets[outlet] = 'partial';
  }
  const reported = Object.values(outlets).filter((v) => v !== 'absent');
  const verdict: Verdict = discrepancies.length
    ? 'differ'
    : reported.every((v) => v === 'same')
      ? 'same'
      : 'partial';
  return { outlets, verdict };
}
