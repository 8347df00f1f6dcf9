import type { AnalysisResult, Claim } from '../analysis/types';

/**
 * The analysis without what the overview charts never read (claim wording and per-claim features, derived-copy
 * detail), so the event page ships kilobytes rather than the whole engine output to the browser.
 */
export function slimResult(result: AnalysisResult): AnalysisResult {
  const slimClaim = (c: Claim): Claim => ({
    id: c.id,
    articleId: c.articleId,
    outlet: c.outlet,
    kind: c.kind,
    start: c.start,
    end: c.end,
    sentence: c.sentence,
    paragraph: c.paragraph,
    certainty: c.certainty,
    text: '',
    entities: [],
    numbers: [],
    dates: [],
    attribution: null,
    hedges: [],
    quotes: [],
    negated: c.negated,
    loaded: [],
    lemmas: []
  });
  return {
    engine: result.engine,
    articles: result.articles.map((a) => ({ id: a.id, outlet: a.outlet, claims: a.claims.map(slimClaim) })),
    groups: result.groups.map((g) => ({
      ...g,
      // A missing outlet reads as 'absent': listing all of them for every fact is most of the bytes.
      outlets: Object.fromEntries(Object.entries(g.outlets).filter(([, v]) => v !== 'absent')),
      discrepancies: []
    })),
    // Omissions are drawn from the overview model; these charts read certainty and sources only.
    outlets: result.outlets.map((o) => ({ ...o, omissions: [] })),
    agreement: [],
    derived: []
  };
}
