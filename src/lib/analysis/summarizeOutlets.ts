// Outlet profiles (claims, certainty mix, cited sources, omissions) and outlet x outlet agreement.
import {
  isHedgeOnly,
  type Certainty,
  type Claim,
  type Fact,
  type OutletAgreement,
  type OutletSummary
} from './types';

export function summarizeOutlets(
  articles: { id: string; outlet: string; claims: Claim[] }[],
  facts: Fact[]
): OutletSummary[] {
  const outlets = [...new Set(articles.map((a) => a.outlet))];
  const reportedBy = new Map(
    facts.map((g) => [g.id, Object.values(g.outlets).filter((v) => v !== 'absent').length])
  );
  // Facts someone reports, most reported first (then in the order of the facts, not by id: ids are kept
  // across re-analysis and say nothing of order): sorted once, filtered per outlet.
  const reported = facts
    .map((g, position) => ({ fact: g, reportedBy: reportedBy.get(g.id)!, position }))
    .filter((r) => r.reportedBy > 0)
    .sort((x, y) => y.reportedBy - x.reportedBy || x.position - y.position);
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
    // A fact counts as omitted when at least one other outlet reports it (facts hold claims only).
    const omissions = reported
      .filter((r) => r.fact.outlets[outlet] === 'absent')
      .map((r) => ({ fact: r.fact.id, reportedBy: r.reportedBy }));
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
  facts: Fact[]
): OutletAgreement[] {
  const outletOfClaim = new Map(articles.flatMap((a) => a.claims.map((c) => [c.id, a.outlet] as const)));
  const outlets = [...new Set(articles.map((a) => a.outlet))];
  const indexOf = new Map(outlets.map((o, i) => [o, i]));
  const n = outlets.length;
  const rows = new Map<number, OutletAgreement>();
  const row = (i: number, j: number) => {
    const key = i * n + j;
    let r = rows.get(key);
    if (!r)
      rows.set(
        key,
        (r = { a: outlets[i], b: outlets[j], shared: 0, same: 0, partial: 0, differ: 0, score: 0 })
      );
    return r;
  };
  // Only pairs of outlets that both report a fact are visited, so cost follows the fact sizes, not outlets².
  for (const g of facts) {
    const present = [
      ...new Set(
        g.claims.map((id) => indexOf.get(outletOfClaim.get(id) ?? '')).filter((i) => i !== undefined)
      )
    ].sort((x, y) => x - y);
    const differing = new Set<number>();
    for (const d of g.discrepancies) {
      if (isHedgeOnly(d)) continue; // a hedge against a statement is partial agreement (verdicts.ts)
      const [x, y] = d.claims.map((id) => indexOf.get(outletOfClaim.get(id) ?? ''));
      if (x !== undefined && y !== undefined) differing.add(Math.min(x, y) * n + Math.max(x, y));
    }
    for (let p = 0; p < present.length; p++) {
      for (let q = p + 1; q < present.length; q++) {
        const [i, j] = [present[p], present[q]];
        const r = row(i, j);
        r.shared++;
        if (differing.has(i * n + j)) r.differ++;
        else if (g.outlets[outlets[i]] === 'same' && g.outlets[outlets[j]] === 'same') r.same++;
        else r.partial++;
      }
    }
  }
  const out: OutletAgreement[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const r = rows.get(i * n + j) ?? {
        a: outlets[i],
        b: outlets[j],
        shared: 0,
        same: 0,
        partial: 0,
        differ: 0,
        score: 0
      };
      r.score = r.shared ? (r.same + 0.5 * r.partial) / r.shared : 0;
      out.push(r);
    }
  }
  return out;
}
