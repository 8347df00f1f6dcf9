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

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** One grouping setting: average-linkage threshold, minimum starting edge, secondary-membership average. */
interface Setting {
  threshold: number;
  minEdge: number;
  /** Infinity: no secondary members. */
  secondary: number;
}

function settings(): Setting[] {
  const out: Setting[] = [];
  for (let t = 0.05; t <= 0.6001; t += 0.025)
    for (const minEdge of [0, 0.3, 0.4, 0.5, 0.6, 0.7])
      for (const secondary of [Infinity, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6])
        out.push({
          threshold: Math.round(t * 1000) / 1000,
          minEdge: Math.round(Math.max(t, minEdge) * 1000) / 1000,
          secondary
        });
  return out;
}

/** Index of the setting with the best micro align F1 over `events` (near-ties go to the one found first). */
function bestSetting(counts: Counts[][], events: number[]): number {
  let best = 0;
  let bestF1 = -1;
  for (let k = 0; k < counts[0].length; k++) {
    const total = events.reduce((sum, e) => addCounts(sum, counts[e][k]), zero());
    const { f1 } = prf(total);
    if (f1 > bestF1 + 0.002) [best, bestF1] = [k, f1];
  }
  return best;
}

/**
 * Tunes the grouping settings on all facts-dev events and logs the in-sample align F1 beside a leave-one-event-out
 * estimate (settings tuned on the other events, scored on the held-out one, micro-averaged).
 */
export async function tuneGrouping(_modelPath: string, _log = true): Promise<Record<string, number>> {
  const { alignClaims } = await import('../../src/lib/analysis/alignClaims');
  const { buildGroups } = await import('../../src/lib/analysis/buildGroups');
  const { addSecondaryMembers } = await import('../../src/lib/analysis/addSecondaryMembers');
  const events = loadDevEvents().map((event) => {
    const claims = event.articles.flatMap((a) =>
      sentenceClaims(
        a.id,
        (event.sentences.get(a.id) ?? []).filter((s) => s.kind === 'claim')
      )
    );
    return { event, claims, edges: alignClaims(claims) };
  });
  const grid = settings();
  // counts[event][setting]
  const counts = events.map(({ event, claims, edges }) => {
    const articleOf = claims.map((c) => c.articleId);
    return grid.map(({ threshold, minEdge, secondary }) => {
      const primary = buildGroups(articleOf, edges, { threshold, minEdge });
      const groups = Number.isFinite(secondary)
        ? addSecondaryMembers(primary, articleOf, edges, secondary)
        : primary;
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
      return scoreFactsDev(event, result).align;
    });
  });
  const all = events.map((_, e) => e);
  const best = grid[bestSetting(counts, all)];
  let heldOut = zero();
  for (const e of all)
    heldOut = addCounts(
      heldOut,
      counts[e][
        bestSetting(
          counts,
          all.filter((x) => x !== e)
        )
      ]
    );
  // Always reported: the leave-one-out estimate is the honest number for unseen events.
  {
    const inSample = prf(all.reduce((sum, e) => addCounts(sum, counts[e][grid.indexOf(best)]), zero()));
    const loo = prf(heldOut);
    console.log(
      `grouping ${JSON.stringify(best)}: align (gold sentences) in-sample P ${inSample.p.toFixed(3)} R ${inSample.r.toFixed(3)} F1 ${inSample.f1.toFixed(3)} | leave-one-event-out P ${loo.p.toFixed(3)} R ${loo.r.toFixed(3)} F1 ${loo.f1.toFixed(3)}`
    );
  }
  return {
    group: best.threshold,
    groupMinEdge: best.minEdge,
    ...(Number.isFinite(best.secondary) ? { groupSecondary: best.secondary } : {})
  };
}
