import type { AnalysisResult, Claim } from '$lib/analysis/types';
import { claimStatuses, type ClaimStatus } from '$lib/view/claimStatus';
import { discrepancyMarks, type ValueMark } from '$lib/view/claimStatusMarks';
import { alignedPairs, type AlignedPair } from '$lib/view/ribbons';
import { primaryFacts } from '$lib/analysis/primaryFacts';
import { pairToCompare } from '$lib/view/agreement';

export interface CompareArticle {
  id: string;
  outlet: string;
  title: string;
  published: string | null;
  url: string | null;
  text: string;
}

export interface CompareColumn {
  outlet: string;
  article: CompareArticle;
  claims: Claim[];
  /** Other articles by the same outlet, for the article picker. */
  others: { id: string; title: string; href: string }[];
}

export type CompareView =
  | {
      kind: 'pick';
      outlets: string[];
      chosen: string[];
      message: string | null;
      /** Set when `chosen` is the suggested pair (nothing was asked for yet). */
      suggested?: boolean;
    }
  | {
      kind: 'compare';
      outlets: string[];
      chosen: string[];
      columns: CompareColumn[];
      statusByClaim: Record<string, ClaimStatus>;
      marks: Record<string, ValueMark[]>;
      /** Ribbons: aligned claim pairs between adjacent columns. */
      pairs: AlignedPair[];
      /** Aligned pairs between every two columns (for scroll sync across non-adjacent columns). */
      syncPairs: AlignedPair[];
      factLabels: Record<string, string>;
      /** The wording of every shown claim, by id (the aligned-claims table quotes both sides). */
      claimTexts: Record<string, string>;
      /**
       * Where else a shown claim's fact is reported, by claim id, when no other column on screen reports it:
       * the other outlets, so a ✓ never points at a column that is not there.
       */
      elsewhere: Record<string, string[]>;
    };

export const MAX_COLUMNS = 3;

/** Reads ?outlets=a,b[,c] (or the picker form's repeated ?o=a&o=b) into a list of outlet names. */
export function requestedOutlets(params: URLSearchParams): { names: string[]; fromForm: boolean } {
  const fromForm = params.getAll('o').filter((s) => s.trim());
  if (fromForm.length) return { names: fromForm.map((s) => s.trim()), fromForm: true };
  const raw = params.get('outlets') ?? '';
  return {
    names: raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    fromForm: false
  };
}

/**
 * The side-by-side view for the chosen outlets: validates the names (unknown -> message listing the choices,
 * fewer than 2 or more than 3 -> picker), picks each outlet's article (?articles=id,id… per column, else its
 * first dated article) and keeps only what the page needs from the analysis.
 */
export function buildCompareView(
  result: AnalysisResult,
  articles: CompareArticle[],
  params: URLSearchParams,
  basePath: string
): CompareView {
  const outlets = [...new Set(articles.map((a) => a.outlet))].sort((a, b) => a.localeCompare(b));
  const { names } = requestedOutlets(params);
  const chosen = [...new Set(names)];
  const unknown = chosen.filter((n) => !outlets.includes(n));
  if (unknown.length) {
    return {
      kind: 'pick',
      outlets,
      chosen: chosen.filter((n) => outlets.includes(n)),
      message: `No outlet called ${unknown.map((n) => `“${n}”`).join(', ')} in this event. Choose from: ${outlets.join(', ')}.`
    };
  }
  if (outlets.length < 2 && chosen.length < 2)
    return {
      kind: 'pick',
      outlets,
      chosen,
      message: `Side by side needs two outlets; this event has articles from ${outlets[0] ?? 'no outlet'} only.`
    };
  // Nothing asked for yet: the picker offers the pair the event page links to, the outlet that differs most
  // beside the one it differs from most.
  const suggestion = chosen.length === 0 ? pairToCompare(result.agreement) : null;
  if (suggestion) return { kind: 'pick', outlets, chosen: suggestion, message: null, suggested: true };
  if (chosen.length < 2 || chosen.length > MAX_COLUMNS) {
    return {
      kind: 'pick',
      outlets,
      chosen,
      message:
        chosen.length > MAX_COLUMNS
          ? `Choose at most ${MAX_COLUMNS} outlets to compare side by side (you chose ${chosen.length}).`
          : chosen.length === 1
            ? 'Choose one or two more outlets to compare with.'
            : null
    };
  }
  const requestedArticles = (params.get('articles') ?? '').split(',');
  const byOutlet = (outlet: string) =>
    articles
      .filter((a) => a.outlet === outlet)
      .sort(
        (a, b) =>
          (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || Number(a.id) - Number(b.id)
      );
  const picked = chosen.map((outlet, i) => {
    const own = byOutlet(outlet);
    return own.find((a) => a.id === requestedArticles[i]) ?? own[0];
  });
  const claimsOf = new Map(result.articles.map((a) => [a.id, a.claims]));
  const columns: CompareColumn[] = chosen.map((outlet, i) => ({
    outlet,
    article: picked[i],
    claims: claimsOf.get(picked[i].id) ?? [],
    others: byOutlet(outlet)
      .filter((a) => a.id !== picked[i].id)
      .map((a) => {
        const ids = picked.map((p) => p.id);
        ids[i] = a.id;
        const q = new URLSearchParams({ outlets: chosen.join(','), articles: ids.join(',') });
        return { id: a.id, title: a.title || 'untitled', href: `${basePath}?${q}` };
      })
  }));
  const shownClaims = new Set(columns.flatMap((c) => c.claims.map((x) => x.id)));
  const keep = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([id]) => shownClaims.has(id)));
  const ids = columns.map((c) => c.article.id);
  const pairs = alignedPairs(result, ids);
  const syncPairs: AlignedPair[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++)
      syncPairs.push(...alignedPairs(result, [ids[i], ids[j]]).map((p) => ({ ...p, column: i })));
  const factLabels: Record<string, string> = {};
  for (const g of result.facts) if (pairs.some((p) => p.fact === g.id)) factLabels[g.id] = g.label;
  const claimTexts: Record<string, string> = {};
  for (const c of columns) for (const x of c.claims) claimTexts[x.id] = x.text;
  return {
    kind: 'compare',
    outlets,
    chosen,
    columns,
    claimTexts,
    elsewhere: reportedElsewhere(result, ids),
    statusByClaim: keep(claimStatuses(result)),
    marks: keep(discrepancyMarks(result)),
    pairs,
    syncPairs,
    factLabels
  };
}

/**
 * For each claim of the shown articles that shares its fact with another outlet but with none of the other shown
 * articles: those outlets, sorted.
 */
export function reportedElsewhere(result: AnalysisResult, shownArticles: string[]): Record<string, string[]> {
  const articleOf = new Map<string, string>();
  const outletOf = new Map<string, string>();
  for (const a of result.articles)
    for (const c of a.claims) {
      articleOf.set(c.id, a.id);
      outletOf.set(c.id, c.outlet);
    }
  const shown = new Set(shownArticles);
  const own = primaryFacts(result.facts);
  const out: Record<string, string[]> = {};
  for (const a of result.articles) {
    if (!shown.has(a.id)) continue;
    for (const c of a.claims) {
      const g = c.kind === 'claim' ? own.get(c.id) : undefined;
      if (!g) continue;
      const others = g.claims.filter((id) => outletOf.get(id) !== c.outlet);
      if (!others.length || others.some((id) => shown.has(articleOf.get(id)!))) continue;
      out[c.id] = [...new Set(others.map((id) => outletOf.get(id)!))].sort((x, y) => x.localeCompare(y));
    }
  }
  return out;
}
