// Tunes the grouping threshold on the facts-dev events: gold claim sentences stand in for extracted claims (so the
// result does not depend on the claim extractor), claims are aligned and grouped at each candidate threshold, and
// the threshold with the best micro align F1 wins.
import type { AnalysisResult, Claim } from '../../src/lib/analysis/types';
import { loadDevEvents } from './factsDevEvents';
import { addCounts, prf, scoreFactsDev, type Counts } from './scoreFactsDev';

export function sentenceClaims(
  articleId: string,
  sentences: { n: number; start: number; end: number; text: string }[]
): Claim[] {
  return sentences.map((s, i) => ({
    id: `${articleId}:${s.n}`,
    articleId,
    outlet: articleId,
    text: s.text,
    kind: 'claim',
    start: s.start,
    end: s.end,
    sentence: i,
    paragraph: 0,
    entities: [],
    numbers: [],
    dates: [],
    attribution: null,
    certainty: 'asserted',
    hedges: [],
    quotes: [],
    negated: false,
    loaded: [],
    lemmas: []
  }));
}

export async function tuneGrouping(_modelPath: string, log = true): Promise<Record<string, number>> {
  const { alignClaims } = await import('../../src/lib/analysis/alignClaims');
  const { buildGroups } = await import('../../src/lib/analysis/buildGroups');
  const events = loadDevEvents().map((event) => {
    const claims = event.articles.flatMap((a) =>
      sentenceClaims(
        a.id,
        (event.sentences.get(a.id) ?? []).filter((s) => s.kind === 'claim')
      )
    );
    return { event, claims, edges: alignClaims(claims) };
  });
  let best = { threshold: 0.5, minEdge: 0.5, f1: -1 };
  for (let t = 0.05; t <= 0.6001; t += 0.025)
    for (const minEdge of [0, 0.3, 0.4, 0.5, 0.6]) {
      let total: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const { event, claims, edges } of events) {
        const groups = buildGroups(
          claims.map((c) => c.articleId),
          edges,
          { threshold: t, minEdge: Math.max(t, minEdge) }
        );
        const result: AnalysisResult = {
          engine: 'tune',
          articles: event.articles.map((a) => ({
            id: a.id,
            outlet: a.outlet,
            claims: claims.filter((c) => c.articleId === a.id)
          })),
          groups: groups.map((g, i) => ({
            id: `g${i + 1}`,
            claims: g.map((k) => claims[k].id),
            label: '',
            verdict: 'same',
            outlets: {},
            discrepancies: [],
            cohesion: 1
          })),
          outlets: [],
          agreement: [],
          derived: []
        };
        total = addCounts(total, scoreFactsDev(event, result).align);
      }
      const { p, r, f1 } = prf(total);
      if (log) {
        const setting = `group threshold ${t.toFixed(3)} min edge ${Math.max(t, minEdge).toFixed(3)}`;
        console.log(`${setting}: align P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`);
      }
      // Near-ties (within 0.002) go to the setting found first, the more permissive one is not preferred.
      if (f1 > best.f1 + 0.002)
        best = { threshold: Math.round(t * 1000) / 1000, minEdge: Math.max(t, minEdge), f1 };
    }
  return { group: best.threshold, groupMinEdge: best.minEdge };
}
