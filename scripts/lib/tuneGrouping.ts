// Tunes the grouping settings on the facts-dev events with the official loader and scorer (scripts/eval/evalFacts):
// gold claim sentences stand in for extracted claims (so the result does not depend on the claim extractor),
// claims are aligned and grouped at each candidate setting, and the setting with the best micro align F1 wins. The
// leave-one-event-out estimate (each event scored with the setting tuned on the others) is the honest number for
// unseen events: `npx tsx scripts/eval/leaveOneOut.ts` prints it per event.
import type { AnalysisResult, Claim } from '../../src/lib/analysis/types';
import { loadFactsEvents, scoreFactsEvent, type LoadedFactsEvent } from '../eval/evalFacts';
import { sumPrf, type Prf } from '../eval/metrics';
import { ECBPLUS_DIR, FACTS_DEV_DIR } from './ecbplusCorpus';
import { bareClaim } from '../../tests/fixtures/bareClaim';

/** The facts-dev events under ../shared/data (none when absent). */
export function loadDevEvents(): LoadedFactsEvent[] {
  return loadFactsEvents(ECBPLUS_DIR, FACTS_DEV_DIR);
}

/** One claim per labelled sentence, with no features: what grouping sees when claims match gold sentences. */
export function sentenceClaims(
  articleId: string,
  sentences: { n: number; start: number; end: number; text: string }[]
): Claim[] {
  return sentences.map((s, i) =>
    bareClaim({
      id: `${articleId}:${s.n}`,
      articleId,
      outlet: articleId,
      text: s.text,
      start: s.start,
      end: s.end,
      sentence: i
    })
  );
}

/** The gold claim sentences of an event as claims, article by article. */
export function goldSentenceClaims(event: LoadedFactsEvent): { articleId: string; claims: Claim[] }[] {
  return event.input.articles.map((a) => ({
    articleId: a.id,
    claims: sentenceClaims(
      a.id,
      event.sentences
        .filter((s) => s.doc === a.id && s.gold.kind === 'claim')
        .map((s) => ({ ...s, n: s.gold.n }))
    )
  }));
}

/** One grouping setting: average-linkage threshold, minimum starting edge, secondary-membership average. */
export interface GroupingSetting {
  threshold: number;
  minEdge: number;
  /** Infinity: no secondary members. */
  secondary: number;
}

function settings(): GroupingSetting[] {
  const out: GroupingSetting[] = [];
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
export function bestSetting(scores: Prf[][], events: number[]): number {
  let best = 0;
  let bestF1 = -1;
  for (let k = 0; k < scores[0].length; k++) {
    const { f1 } = sumPrf(events.map((e) => scores[e][k]));
    if (f1 > bestF1 + 0.002) [best, bestF1] = [k, f1];
  }
  return best;
}

/** Align scores of every grouping setting on every facts-dev event: scores[event][setting]. */
export async function groupingGrid(): Promise<{
  events: LoadedFactsEvent[];
  grid: GroupingSetting[];
  scores: Prf[][];
}> {
  const { alignClaims } = await import('../../src/lib/analysis/alignClaims');
  const { buildGroups } = await import('../../src/lib/analysis/buildGroups');
  const { addSecondaryMembers } = await import('../../src/lib/analysis/addSecondaryMembers');
  const events = loadDevEvents();
  const grid = settings();
  const scores = events.map((event) => {
    const articles = goldSentenceClaims(event);
    const claims = articles.flatMap((a) => a.claims);
    const edges = alignClaims(claims);
    const articleOf = claims.map((c) => c.articleId);
    return grid.map(({ threshold, minEdge, secondary }) => {
      const primary = buildGroups(articleOf, edges, { threshold, minEdge });
      const groups = Number.isFinite(secondary)
        ? addSecondaryMembers(primary, articleOf, edges, secondary)
        : primary;
      const result: AnalysisResult = {
        engine: 'tune',
        articles: articles.map((a) => ({ id: a.articleId, outlet: a.articleId, claims: a.claims })),
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
      return scoreFactsEvent(event, result).align;
    });
  });
  return { events, grid, scores };
}

/** The leave-one-event-out pick per event and the micro-averaged held-out and in-sample align scores. */
export function leaveOneEventOut(scores: Prf[][]) {
  const all = scores.map((_, e) => e);
  const best = bestSetting(scores, all);
  const heldOut = all.map((e) => {
    const pick = bestSetting(
      scores,
      all.filter((x) => x !== e)
    );
    return { pick, score: scores[e][pick], inSample: scores[e][best] };
  });
  return {
    best,
    heldOut,
    inSample: sumPrf(all.map((e) => scores[e][best])),
    estimate: sumPrf(heldOut.map((h) => h.score))
  };
}

/** Tunes the grouping settings on all facts-dev events and logs the in-sample align F1 beside the estimate. */
export async function tuneGrouping(): Promise<Record<string, number>> {
  const { grid, scores } = await groupingGrid();
  if (!scores.length) throw new Error('facts-dev not found under ../shared/data: cannot tune grouping');
  const { best, inSample, estimate } = leaveOneEventOut(scores);
  const setting = grid[best];
  console.log(
    `grouping ${JSON.stringify(setting)}: align (gold sentences) in-sample P ${inSample.precision.toFixed(3)} ` +
      `R ${inSample.recall.toFixed(3)} F1 ${inSample.f1.toFixed(3)} | leave-one-event-out ` +
      `P ${estimate.precision.toFixed(3)} R ${estimate.recall.toFixed(3)} F1 ${estimate.f1.toFixed(3)}`
  );
  return {
    group: setting.threshold,
    groupMinEdge: setting.minEdge,
    ...(Number.isFinite(setting.secondary) ? { groupSecondary: setting.secondary } : {})
  };
}
