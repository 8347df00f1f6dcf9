// Independent sources: outlets that cannot corroborate each other counted as one. Two outlets of one owner are
// one source, and an outlet whose every article in the event re-words another outlet's article (a wire story
// reprinted) joins that outlet's source. The analysis can then be counted over sources instead of outlets.
// Pure: the caller passes the (corrected) result and the outlets' owners.
import type { AnalysisResult, Certainty, Verdict } from '../analysis/types';
import type { ChartOutlet, ChartResult } from './chartResult';

/** Why outlets were counted as one source. */
export type SourceReason =
  | { kind: 'owner'; owner: string; outlets: string[] }
  /** Every article of `outlet` (`articles` of them) re-words an article of `of`; `overlap` is the highest share. */
  | { kind: 'copy'; outlet: string; of: string; overlap: number; articles: number };

export interface IndependentSource {
  /** The members joined with " + " (the outlet's own name when it stands alone). */
  name: string;
  outlets: string[];
  reasons: SourceReason[];
}

export interface IndependentSources {
  /** Every source, in the order its first member appears in the analysis. */
  sources: IndependentSource[];
  /** Outlet name -> the name of its source. */
  sourceOf: Record<string, string>;
  /** Sources of more than one outlet (what the page explains). */
  combined: IndependentSource[];
}

/** Owners compare without case or runs of spaces ("Axel  Springer se" = "Axel Springer SE"). */
function ownerKey(owner: string): string {
  return owner.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Facts the result's outlets into independent sources. `owners` maps outlet names to their owner (missing or
 * null: unknown, the outlet stands alone unless it copies). A copying outlet joins the outlet it copies most
 * (most of its articles, then the highest overlap); joins are transitive (a copy of a copy joins the original).
 */
export function independentSources(
  result: Pick<AnalysisResult, 'articles' | 'outlets' | 'derived'>,
  owners: Record<string, string | null | undefined>
): IndependentSources {
  const outlets = [
    ...new Set([...result.outlets.map((o) => o.outlet), ...result.articles.map((a) => a.outlet)])
  ];
  const parent = new Map(outlets.map((o) => [o, o]));
  const find = (o: string): string => {
    let root = o;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(o, root);
    return root;
  };
  const join = (a: string, b: string) => parent.set(find(a), find(b));

  const byOwner = new Map<string, { owner: string; outlets: string[] }>();
  for (const outlet of outlets) {
    const owner = owners[outlet]?.trim();
    if (!owner) continue;
    const entry = byOwner.get(ownerKey(owner)) ?? { owner: owner.replace(/\s+/g, ' '), outlets: [] };
    entry.outlets.push(outlet);
    byOwner.set(ownerKey(owner), entry);
  }
  const reasons: SourceReason[] = [];
  for (const { owner, outlets: members } of byOwner.values()) {
    if (members.length < 2) continue;
    members.slice(1).forEach((m) => join(m, members[0]));
    reasons.push({ kind: 'owner', owner, outlets: [...members].sort((a, b) => a.localeCompare(b)) });
  }

  const outletOfArticle = new Map(result.articles.map((a) => [a.id, a.outlet]));
  for (const outlet of outlets) {
    const own = result.articles.filter((a) => a.outlet === outlet).map((a) => a.id);
    // Per article: the copy of another outlet's article with the highest overlap.
    const copies = own.map(
      (id) =>
        result.derived
          .filter((d) => d.article === id)
          .map((d) => ({ of: outletOfArticle.get(d.source), overlap: d.overlap }))
          .filter((c): c is { of: string; overlap: number } => c.of !== undefined && c.of !== outlet)
          .sort((x, y) => y.overlap - x.overlap)[0]
    );
    if (!own.length || copies.some((c) => c === undefined)) continue;
    const tally = new Map<string, { n: number; overlap: number }>();
    for (const c of copies as { of: string; overlap: number }[]) {
      const t = tally.get(c.of) ?? { n: 0, overlap: 0 };
      tally.set(c.of, { n: t.n + 1, overlap: Math.max(t.overlap, c.overlap) });
    }
    const [of, best] = [...tally].sort(
      (x, y) => y[1].n - x[1].n || y[1].overlap - x[1].overlap || x[0].localeCompare(y[0])
    )[0];
    join(outlet, of);
    reasons.push({ kind: 'copy', outlet, of, overlap: best.overlap, articles: own.length });
  }

  const members = new Map<string, string[]>();
  for (const outlet of outlets) {
    const root = find(outlet);
    members.set(root, [...(members.get(root) ?? []), outlet]);
  }
  const copiers = new Set(reasons.flatMap((r) => (r.kind === 'copy' ? [r.outlet] : [])));
  const sources: IndependentSource[] = [...members.values()].map((list) => {
    // Originals first, then the outlets that only re-word them; by name within each.
    const ordered = [...list].sort(
      (a, b) => Number(copiers.has(a)) - Number(copiers.has(b)) || a.localeCompare(b)
    );
    const inside = new Set(list);
    return {
      name: ordered.join(' + '),
      outlets: ordered,
      reasons: reasons.filter((r) => (r.kind === 'owner' ? inside.has(r.outlets[0]) : inside.has(r.outlet)))
    };
  });
  const sourceOf: Record<string, string> = {};
  for (const s of sources) for (const o of s.outlets) sourceOf[o] = s.name;
  return { sources, sourceOf, combined: sources.filter((s) => s.outlets.length > 1) };
}

/**
 * A source's verdict on a fact from its members' verdicts: absent when no member reports it; 'differ' when any
 * member differs (a contradiction is the most informative thing a member says); otherwise 'same' when any member
 * reports the fact in full, else 'partial'.
 */
export function sourceVerdict(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('differ')) return 'differ';
  if (verdicts.includes('same')) return 'same';
  if (verdicts.includes('partial')) return 'partial';
  return 'absent';
}

/**
 * The chart data counted over sources (view only, for the shared-facts chart): each source stands where its
 * outlets stood in claims, articles and facts (a source's verdict from its members', sourceVerdict), and its
 * certainty counts and cited sources are its members' summed. The overview's counting, which recomputes omissions
 * and agreement with the engine, is the server's (lib/server/analysis/countBySource).
 */
export function countChartBySource(chart: ChartResult, grouping: IndependentSources): ChartResult {
  const source = (outlet: string) => grouping.sourceOf[outlet] ?? outlet;
  const outlets = new Map<string, ChartOutlet>();
  for (const o of chart.outlets) {
    const name = source(o.outlet);
    const into = outlets.get(name) ?? {
      outlet: name,
      certainty: { asserted: 0, attributed: 0, hedged: 0, denied: 0 },
      sources: []
    };
    for (const [c, n] of Object.entries(o.certainty) as [Certainty, number][]) into.certainty[c] += n;
    for (const s of o.sources) {
      const same = into.sources.find((t) => t.source === s.source);
      if (same) same.count += s.count;
      else into.sources.push({ ...s });
    }
    outlets.set(name, into);
  }
  return {
    articles: chart.articles.map((a) => ({
      ...a,
      outlet: source(a.outlet),
      claims: a.claims.map((c) => ({ ...c, outlet: source(c.outlet) }))
    })),
    facts: chart.facts.map((g) => ({
      ...g,
      // As chartResult: a missing source reads as 'absent'.
      outlets: Object.fromEntries(
        Object.entries(sourceVerdicts(g.outlets, grouping)).filter(([, v]) => v !== 'absent')
      )
    })),
    outlets: [...outlets.values()]
  };
}

/** A fact's verdict per source, from its outlets' verdicts (sourceVerdict). */
export function sourceVerdicts(
  outlets: Record<string, Verdict>,
  grouping: IndependentSources
): Record<string, Verdict> {
  return Object.fromEntries(
    grouping.sources.map((s) => [s.name, sourceVerdict(s.outlets.map((o) => outlets[o] ?? 'absent'))])
  );
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Why a source combines outlets, one line per reason: "RIA Novosti + Sputnik: same owner (Rossiya Segodnya)",
 * "Daily X re-worded AP’s story (82% shared wording)".
 */
export function explainSource(source: IndependentSource): string[] {
  return source.reasons.map((r) =>
    r.kind === 'owner'
      ? `${r.outlets.join(' + ')}: same owner (${r.owner})`
      : r.articles === 1
        ? `${r.outlet} re-worded ${r.of}’s story (${percent(r.overlap)} shared wording)`
        : `${r.outlet} re-worded ${r.of}’s stories (${r.articles} articles, up to ${percent(r.overlap)} shared wording)`
  );
}
