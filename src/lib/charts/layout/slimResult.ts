import type { AnalysisResult, Claim } from '../../analysis/types';

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
    groups: result.groups.map((g) => ({ ...g, discrepancies: [] })),
    outlets: result.outlets,
    agreement: [],
    derived: []
  };
}
