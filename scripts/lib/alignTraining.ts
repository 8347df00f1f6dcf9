// Training data and fitting for the alignment model (src/lib/analysis/alignModel.ts), from the hand-labelled
// facts-dev events. Claims are the engine's own (extractClaims), each mapped to the gold sentence it overlaps most;
// a candidate pair (the engine's own retrieval and features, candidatePairs) is positive when the two sentences
// share a gold fact. `npm run train` fits on every event; `npm run eval` fits once per event with that event left
// out, so no score it prints comes from a model or threshold that saw the event.
import type { AlignModel, GroupingThresholds } from '../../src/lib/analysis/alignModel';
import { ALIGN_FEATURE_NAMES } from '../../src/lib/analysis/alignFeatures';
import { standardizedProbability } from '../../src/lib/analysis/standardizedProbability';
import { candidatePairs, type CandidatePair, type TextSide } from '../../src/lib/analysis/candidatePairs';
import { extractClaims } from '../../src/lib/analysis/extractClaims';
import { analyzeClaims } from '../../src/lib/analysis/analyzeClaims';
import { groupClaims } from '../../src/lib/analysis/groupClaims';
import { profileSentence } from '../../src/lib/analysis/profileSentence';
import { wordSide } from '../../src/lib/analysis/wordVectors';
import type { AnalysisResult, Claim } from '../../src/lib/analysis/types';
import { mostOverlapped } from '../eval/claimSentences';
import { scoreFactsEvent, type LoadedFactsEvent } from '../eval/evalFacts';
import { outletVerdictCases, verdictAtBound, verdictScores } from '../eval/evalVerdicts';
import { pairKey, sumPrf, type Prf } from '../eval/metrics';
import { trainStandardizedLogistic } from './logisticRegression';

/** One labelled event as the trainer sees it. */
export interface TrainingEvent {
  loaded: LoadedFactsEvent;
  /** Every unit the extractor returned, per article (the scorer reads non-claims too). */
  articles: { id: string; outlet: string; claims: Claim[] }[];
  /** The units of kind 'claim', in article order: what the aligner sees. */
  claims: Claim[];
  pairs: CandidatePair[];
  /** 1 when the pair's two gold sentences share a fact. */
  labels: number[];
}

export function trainingEvent(loaded: LoadedFactsEvent): TrainingEvent {
  const articles = loaded.input.articles.map((a) => ({
    id: a.id,
    outlet: a.outlet,
    claims: extractClaims(a)
  }));
  const claims = articles.flatMap((a) => a.claims.filter((c) => c.kind === 'claim'));
  const sides = new Map<string, TextSide>();
  const sideOf = (c: Claim) => {
    let side = sides.get(c.text);
    if (!side) {
      const profile = profileSentence(c.text);
      sides.set(c.text, (side = { profile, words: wordSide(profile.lemmas) }));
    }
    return side;
  };
  const pairs = candidatePairs(claims, { sideOf });
  const spansByDoc = new Map<string, LoadedFactsEvent['sentences']>();
  for (const s of loaded.sentences) spansByDoc.set(s.doc, [...(spansByDoc.get(s.doc) ?? []), s]);
  const sentenceOf = claims.map((c) => mostOverlapped(c, spansByDoc.get(c.articleId) ?? []));
  const labels = pairs.map(({ a, b }) => {
    const [sa, sb] = [sentenceOf[a], sentenceOf[b]];
    return sa && sb && loaded.gold.aligned.has(pairKey(sa, sb)) ? 1 : 0;
  });
  return { loaded, articles, claims, pairs, labels };
}

/** The grouping settings tried when tuning (probability thresholds of a calibrated model). */
function groupingGrid(): GroupingThresholds[] {
  const out: GroupingThresholds[] = [];
  for (let g = 0.2; g <= 0.6001; g += 0.05)
    for (const minEdge of [0, 0.5, 0.6])
      for (const secondary of [0.25, 0.3, 0.35, 0.45, 0.55, Infinity])
        out.push({ group: Math.round(g * 100) / 100, groupMinEdge: minEdge, groupSecondary: secondary });
  return out;
}

/** The facts-dev align score of one event grouped with `probabilities` (per pair) at `thresholds`. */
export function groupedAlignScore(
  event: TrainingEvent,
  probabilities: readonly number[],
  thresholds: GroupingThresholds
): Prf {
  const edges = event.pairs.map((p, k) => ({
    a: p.a,
    b: p.b,
    score: probabilities[k],
    probability: probabilities[k]
  }));
  const { all } = groupClaims(
    event.claims.map((c) => c.articleId),
    edges,
    thresholds
  );
  const result: AnalysisResult = {
    engine: 'tune',
    articles: event.articles,
    facts: all.map((g, k) => ({
      id: `g${k + 1}`,
      claims: g.map((i) => event.claims[i].id),
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
  return scoreFactsEvent(event.loaded, result).align;
}

/** The bounds of per-outlet "same" tried when tuning (mutual content coverage). */
const SAME_COVERAGE_GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7];

/**
 * The bound of per-outlet "same" that best matches the events' gold values (macro F1 of same / partial, pooled),
 * with facts grouped by `model`. Ties go to the lower bound.
 */
function tuneSameCoverage(events: TrainingEvent[], model: AlignModel): number {
  const cases = events.flatMap((e) =>
    outletVerdictCases(
      e.loaded,
      analyzeClaims(
        e.loaded.input.articles.map((article, i) => ({ article, claims: e.articles[i].claims })),
        { alignModel: model }
      )
    )
  );
  let best = { bound: SAME_COVERAGE_GRID[0], f1: -1 };
  for (const bound of SAME_COVERAGE_GRID) {
    const { macroF1 } = verdictScores(cases, (c) => verdictAtBound(c, bound));
    if (macroF1 > best.f1 + 1e-9) best = { bound, f1: macroF1 };
  }
  return best.bound;
}

/**
 * Fits the alignment model and tunes its grouping thresholds on `events` (micro align F1 over them), then the
 * bound of per-outlet "same" on the facts it groups.
 */
export function fitAlignModel(events: TrainingEvent[]): { model: AlignModel; trainF1: number } {
  const x = events.flatMap((e) => e.pairs.map((p) => p.features));
  const y = events.flatMap((e) => e.labels);
  const fitted = trainStandardizedLogistic(x, y);
  const weights = { features: [...ALIGN_FEATURE_NAMES], ...fitted };
  const probabilities = events.map((e) => e.pairs.map((p) => standardizedProbability(p.features, weights)));
  let best: { thresholds: GroupingThresholds; f1: number } = { thresholds: groupingGrid()[0], f1: -1 };
  for (const thresholds of groupingGrid()) {
    const { f1 } = sumPrf(events.map((e, k) => groupedAlignScore(e, probabilities[k], thresholds)));
    // Near-ties go to the setting found first (the stricter grouping).
    if (f1 > best.f1 + 0.001) best = { thresholds, f1 };
  }
  // The bound of "same" reads facts grouped by the model; it does not take part in grouping.
  const grouped: AlignModel = { ...weights, thresholds: { ...best.thresholds, sameCoverage: 1 } };
  const sameCoverage = tuneSameCoverage(events, grouped);
  return { model: { ...grouped, thresholds: { ...best.thresholds, sameCoverage } }, trainF1: best.f1 };
}
