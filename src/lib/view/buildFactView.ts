import { labelledMember } from '$lib/analysis/factLabel';
import type { AnalysisResult, Claim, Verdict } from '$lib/analysis/types';
import { discrepancyMarks, type ValueMark } from '$lib/view/claimStatusMarks';
import { VERDICT_ORDER } from '$lib/view/verdictStyles';
import { alignmentEvidence, type AlignmentEvidence } from './alignmentEvidence';
import { describeDiscrepancy } from './describeDiscrepancy';
import { distinctDiscrepancies } from './discrepancies';

export interface FactArticle {
  id: string;
  outlet: string;
  title: string;
  text: string;
}

export interface FactVersion {
  claim: Claim;
  article: { id: string; title: string };
  /** The sentence before and after, from the article text (muted context). */
  before: string;
  after: string;
  /** Differing values inside the claim, offsets relative to the claim text. */
  marks: ValueMark[];
  representative: boolean;
  evidence: AlignmentEvidence | null;
}

export interface FactOutlet {
  outlet: string;
  verdict: Verdict;
  versions: FactVersion[];
}

export interface FactView {
  id: string;
  label: string;
  verdict: Verdict;
  cohesion: number;
  outlets: FactOutlet[];
  absent: string[];
  discrepancies: { type: string; text: string; claims: [string, string] }[];
}

/** Everything the fact page shows for one fact, or null when the fact is not in the result. */
export function buildFactView(
  result: AnalysisResult,
  articles: FactArticle[],
  factId: string
): FactView | null {
  const fact = result.facts.find((g) => g.id === factId);
  if (!fact) return null;
  const claims = new Map<string, Claim>();
  const unitsOf = new Map<string, Claim[]>();
  for (const a of result.articles) {
    for (const c of a.claims) claims.set(c.id, c);
    unitsOf.set(
      a.id,
      [...a.claims].sort((x, y) => x.start - y.start)
    );
  }
  const articleOf = new Map(articles.map((a) => [a.id, a]));
  const marks = discrepancyMarks(result);
  const members = fact.claims.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
  // The claim the fact's label and verdicts come from (the engine's central claim), not the first article's. A
  // lookup by label: the page runs no model (a label no member has falls back to the first member).
  const representative = labelledMember(fact, members) ?? members[0];

  const byOutlet = new Map<string, FactVersion[]>();
  for (const claim of members) {
    const article = articleOf.get(claim.articleId);
    const units = unitsOf.get(claim.articleId) ?? [];
    const i = units.findIndex((u) => u.id === claim.id);
    const text = article?.text ?? '';
    const before = i > 0 ? units[i - 1] : null;
    const after = i >= 0 && i + 1 < units.length ? units[i + 1] : null;
    const version: FactVersion = {
      claim,
      article: { id: claim.articleId, title: article?.title || 'untitled' },
      before: before ? text.slice(before.start, before.end) || before.text : '',
      after: after ? text.slice(after.start, after.end) || after.text : '',
      marks: (marks[claim.id] ?? []).map((m) => ({
        ...m,
        start: m.start - claim.start,
        end: m.end - claim.start
      })),
      representative: claim === representative,
      evidence: !representative || claim === representative ? null : alignmentEvidence(claim, representative)
    };
    byOutlet.set(claim.outlet, [...(byOutlet.get(claim.outlet) ?? []), version]);
  }

  const outletNames = new Set([...Object.keys(fact.outlets), ...byOutlet.keys()]);
  const outlets: FactOutlet[] = [...outletNames]
    .filter((o) => byOutlet.has(o))
    .map((outlet) => ({
      outlet,
      verdict: fact.outlets[outlet] && fact.outlets[outlet] !== 'absent' ? fact.outlets[outlet] : 'same',
      versions: byOutlet.get(outlet)!
    }))
    .sort(
      (a, b) =>
        Number(b.versions.some((v) => v.representative)) - Number(a.versions.some((v) => v.representative)) ||
        VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) ||
        a.outlet.localeCompare(b.outlet)
    );
  const absent = [...outletNames].filter((o) => !byOutlet.has(o)).sort((a, b) => a.localeCompare(b));
  const discrepancies = distinctDiscrepancies(fact, claims).map(({ discrepancy: d, a, b }) => ({
    type: d.type,
    text: describeDiscrepancy(d.type, [a.outlet, b.outlet], d.values),
    claims: d.claims
  }));
  return {
    id: fact.id,
    label: fact.label,
    verdict: fact.verdict,
    cohesion: fact.cohesion,
    outlets,
    absent,
    discrepancies
  };
}
