// Outlet profiles (claims, certainty mix, cited sources, omissions) and outlet x outlet agreement.
import type { Certainty, Claim, ClaimGroup, OutletAgreement, OutletSummary } from './types';

export function summarizeOutlets(
  articles: { id: string; outlet: string; claims: Claim[] }[],
  groups: ClaimGroup[]
): OutletSummary[] {
  const outlets = [...new Set(articles.map((a) => a.outlet))];
  return outlets.map((outlet) => {
    const own = articles.filter((a) => a.outlet === outlet);
    const claims = own.flatMap((a) => a.claims);
    const certainty: Record<Certainty, number> = { asserted: 0, attributed: 0, hedged: 0, denied: 0 };
    const sources = new Map<string, { source: string; count: number }>();
    for (const c of claims) {
      if (c.kind !== 'claim') continue;
      certainty[c.certainty]++;
      if (c.attribution) {
        const key = c.attribution.source.toLowerCase();
        const entry = sources.get(key) ?? { source: c.attribution.source, count: 0 };
        entry.count++;
        sources.set(key, entry);
      }
    }
    // A fact counts as omitted when at least one other outlet reports it (groups hold claims only).
    const omissions = groups
      .filter((g) => g.outlets[outlet] === 'absent')
      .map((g) => ({
        group: g.id,
        reportedBy: Object.values(g.outlets).filter((v) => v !== 'absent').length
      }))
      .filter((o) => o.reportedBy > 0)
      .sort((x, y) => y.reportedBy - x.reportedBy || Number(x.group.slice(1)) - Number(y.group.slice(1)));
    return {
      outlet,
      articles: own.map((a) => a.id),
      claims: claims.filter((c) => c.kind === 'claim').length,
      nonClaims: claims.filter((c) => c.kind === 'non-claim').length,
      certainty,
      sources: [...sources.values()].sort((x, y) => y.count - x.count || x.source.localeCompare(y.source)),
      omissions
    };
  });
}

/** Outlet x outlet agreement over the facts both report: the pair's verdict on a fact is 'differ' only when a
 * discrepancy names one claim of each. */
export function outletAgreement(
  articles: { outlet: string; claims: Claim[] }[],
  groups: ClaimGroup[]
): OutletAgreement[] {
  const outletOfClaim = new Map(articles.flatMap((a) => a.claims.map((c) => [c.id, a.outlet] as const)));
  const outlets = [...new Set(articles.map((a) => a.outlet))];
  const out: OutletAgreement[] = [];
  for (let i = 0; i < outlets.length; i++) {
    for (let j = i + 1; j < outlets.length; j++) {
      const [a, b] = [outlets[i], outlets[j]];
      const row = { a, b, shared: 0, same: 0, partial: 0, differ: 0, score: 0 };
      for (const g of groups) {
        const [va, vb] = [g.outlets[a], g.outlets[b]];
        if (!va || !vb || va === 'absent' || vb === 'absent') continue;
        row.shared++;
        const pairDiffers = g.discrepancies.some((d) => {
          const owners = d.claims.map((id) => outletOfClaim.get(id));
          return owners.includes(a) && owners.includes(b);
        });
        if (pairDiffers) row.differ++;
        else if (va === 'same' && vb === 'same') row.same++;
        else row.partial++;
      }
      row.score = row.shared ? (row.same + 0.5 * row.partial) / row.shared : 0;
      out.push(row);
    }
  }
  return out;
}
