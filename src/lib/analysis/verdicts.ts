// Per-outlet verdicts for one fact: 'differ' when the outlet's value is the odd one out, 'same' when its
// claim says what the fact's central claim says, 'partial' when it adds or lacks detail, 'absent' otherwise.
import { isHedgeOnly, type Claim, type Discrepancy, type Verdict } from './types';

/**
 * Which outlets of a discrepancy-bearing fact are the odd ones out. An outlet differs when it disagrees with the
 * central claim's outlet, or when it is outvoted (outvotedAmong). The central outlet differs only when it is
 * outvoted; then the others are judged by the majority alone. So when one outlet has another toll, only that
 * outlet is painted "differs", not every outlet.
 */
export function oddOutlets(reporting: string[], central: string, pairs: [string, string][]): Set<string> {
  const against = againstWhom(reporting, pairs);
  const outvoted = outvotedAmong(reporting, against);
  const byMajority = (o: string) => outvoted.has(o);
  const centralOdd = byMajority(central);
  const odd = new Set<string>();
  for (const o of reporting) {
    if (o === central) {
      if (centralOdd) odd.add(o);
    } else if (byMajority(o) || (!centralOdd && against.get(o)!.has(central))) odd.add(o);
  }
  return odd;
}

/** Per reporting outlet, the other outlets it is in conflict with. */
function againstWhom(reporting: string[], pairs: [string, string][]): Map<string, Set<string>> {
  const against = new Map<string, Set<string>>(reporting.map((o) => [o, new Set<string>()]));
  for (const [x, y] of pairs) {
    if (x === y) continue;
    against.get(x)?.add(y);
    against.get(y)?.add(x);
  }
  return against;
}

/** The outlets outvoted by the others that take sides (the odd ones out by majority alone; outvotedAmong). */
function outvotedOutlets(reporting: string[], pairs: [string, string][]): Set<string> {
  return outvotedAmong(reporting, againstWhom(reporting, pairs));
}

/**
 * The members a fact's central claim (its label, and the yardstick of "same") may be: those of outlets the others
 * do not outvote, so a fact is not labelled with the odd one out's value. All members when every outlet is
 * outvoted. A hedge alone is no vote against an outlet, but the claim that hedges is no central claim while another
 * states the fact plainly.
 */
export function centralCandidates(members: readonly Claim[], discrepancies: readonly Discrepancy[]): Claim[] {
  const outvoted = outvotedOutlets(
    [...new Set(members.map((c) => c.outlet))],
    conflictOutlets(members, discrepancies)
  );
  const kept = members.filter((c) => !outvoted.has(c.outlet));
  // A claim that hedges what another member states ("may have been caused" / "was caused") is no yardstick while
  // a plain statement of the fact is there: the hedging outlet is the partial one, not those that state it.
  const hedging = new Set(discrepancies.filter(isHedgeOnly).flatMap((d) => d.claims));
  const firm = kept.filter((c) => !(hedging.has(c.id) && c.certainty === 'hedged'));
  return firm.length ? firm : kept.length ? kept : [...members];
}

/** The outlet pairs of a fact's conflicts: its discrepancies between members, less hedges alone (no vote). */
function conflictOutlets(
  members: readonly Claim[],
  discrepancies: readonly Discrepancy[]
): [string, string][] {
  const outletOf = new Map(members.map((c) => [c.id, c.outlet]));
  return discrepancies
    .filter((d) => !isHedgeOnly(d) && outletOf.has(d.claims[0]) && outletOf.has(d.claims[1]))
    .map((d) => [outletOf.get(d.claims[0])!, outletOf.get(d.claims[1])!]);
}

/**
 * The outlets that more than half of the voters, the outlet itself included, disagree with: its side is the
 * minority. Only outlets in at least one conflict of the fact vote; one that reports the fact without the disputed
 * value ("people died", where others say four and five) is on no side. A tie (one against one, two against two)
 * outvotes no one: the central claim decides.
 */
function outvotedAmong(reporting: string[], against: Map<string, Set<string>>): Set<string> {
  const voters = reporting.filter((o) => against.get(o)!.size > 0);
  return new Set(voters.filter((o) => against.get(o)!.size * 2 > voters.length));
}

export function factVerdicts(
  claims: Claim[],
  central: Claim,
  discrepancies: Discrepancy[],
  allOutlets: string[],
  sameAsCentral: (claim: Claim) => boolean
): { outlets: Record<string, Verdict>; verdict: Verdict } {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const byOutlet = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!byOutlet.has(c.outlet)) byOutlet.set(c.outlet, []);
    byOutlet.get(c.outlet)!.push(c);
  }
  const conflicts = discrepancies.filter((d) => !isHedgeOnly(d));
  const differing = oddOutlets([...byOutlet.keys()], central.outlet, conflictOutlets(claims, discrepancies));
  // The outlets that hedge what another states say less than it: partial.
  const hedging = new Set(
    discrepancies
      .filter(isHedgeOnly)
      .flatMap((d) => d.claims.map((id) => byId.get(id)))
      .filter((c) => c?.certainty === 'hedged')
      .map((c) => c!.outlet)
  );
  const outlets: Record<string, Verdict> = {};
  for (const outlet of allOutlets) {
    const own = byOutlet.get(outlet) ?? [];
    if (!own.length) outlets[outlet] = 'absent';
    else if (differing.has(outlet)) outlets[outlet] = 'differ';
    else if (hedging.has(outlet)) outlets[outlet] = 'partial';
    else if (outlet === central.outlet || own.some(sameAsCentral)) outlets[outlet] = 'same';
    else outlets[outlet] = 'partial';
  }
  const reported = Object.values(outlets).filter((v) => v !== 'absent');
  const verdict: Verdict = conflicts.length
    ? 'differ'
    : reported.every((v) => v === 'same')
      ? 'same'
      : 'partial';
  return { outlets, verdict };
}
