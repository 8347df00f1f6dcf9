import { scaleBand, scaleUtc } from 'd3-scale';
import { line, curveStepAfter } from 'd3-shape';
import type { ChartResult } from './chartResult';
import { reportedFacts } from './claimStatus';

export interface TimelineArticle {
  id: string;
  outlet: string;
  title: string;
  published: string | null;
  url?: string | null;
}

export interface TimelineDot {
  article: TimelineArticle;
  time: Date;
  x: number;
  y: number;
}

export interface TimelineStep {
  time: Date;
  /** Facts that had appeared by this time (cumulative). */
  count: number;
  /** Facts first appearing at this time. */
  added: number;
  x: number;
  y: number;
}

export interface TimelineLayout {
  lanes: { outlet: string; y: number; height: number }[];
  dots: TimelineDot[];
  undated: TimelineArticle[];
  steps: TimelineStep[];
  /** SVG path of the cumulative fact count, '' without dated facts. */
  countPath: string;
  /** Facts seen only in undated articles (not on the line). */
  factsUndated: number;
  totalFacts: number;
  ticks: { x: number; label: string }[];
  countTicks: { y: number; label: string }[];
  margin: { top: number; right: number; bottom: number; left: number };
  lanesTop: number;
  countTop: number;
  countHeight: number;
  width: number;
  height: number;
}

export interface TimelineOptions {
  width: number;
  laneHeight?: number;
  countHeight?: number;
  labelWidth?: number;
}

/** Parses an ISO date or date-time; null when missing or not a date. */
export function parsePublished(value: string | null | undefined): Date | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t);
}

/**
 * Lanes of publication dots (one lane per outlet, sorted by first publication) above a cumulative step line
 * of facts by first appearance: a fact appears when the earliest dated article with a claim of it was
 * published. Both share one UTC time axis.
 */
export function timelineLayout(
  result: Pick<ChartResult, 'articles' | 'facts'>,
  articles: TimelineArticle[],
  options: TimelineOptions
): TimelineLayout {
  const { width, laneHeight = 28, countHeight = 120, labelWidth = 120 } = options;
  const margin = { top: 8, right: 16, bottom: 28, left: labelWidth };
  const dated = articles
    .map((article) => ({ article, time: parsePublished(article.published) }))
    .filter((d): d is { article: TimelineArticle; time: Date } => d.time !== null);
  const undated = articles.filter((a) => parsePublished(a.published) === null);

  const firstByOutlet = new Map<string, number>();
  for (const d of dated) {
    const t = d.time.getTime();
    firstByOutlet.set(d.article.outlet, Math.min(firstByOutlet.get(d.article.outlet) ?? t, t));
  }
  const outlets = [...firstByOutlet.keys()].sort(
    (a, b) => firstByOutlet.get(a)! - firstByOutlet.get(b)! || a.localeCompare(b)
  );

  const times = dated.map((d) => d.time.getTime());
  let [min, max] = times.length ? [Math.min(...times), Math.max(...times)] : [0, 1];
  if (min === max) [min, max] = [min - 3_600_000, max + 3_600_000];
  const x = scaleUtc()
    .domain([new Date(min), new Date(max)])
    .range([margin.left, Math.max(margin.left + 40, width - margin.right)])
    .nice();

  const lanesTop = margin.top;
  const lane = scaleBand<string>()
    .domain(outlets)
    .range([lanesTop, lanesTop + outlets.length * laneHeight]);
  const dots: TimelineDot[] = dated
    .sort((a, b) => a.time.getTime() - b.time.getTime() || a.article.id.localeCompare(b.article.id))
    .map((d) => ({
      ...d,
      x: x(d.time),
      y: lane(d.article.outlet)! + laneHeight / 2
    }));

  // First appearance of each fact.
  const articleTime = new Map(dated.map((d) => [d.article.id, d.time.getTime()]));
  const claimArticle = new Map<string, string>();
  for (const a of result.articles) for (const c of a.claims) claimArticle.set(c.id, a.id);
  const firstSeen: number[] = [];
  let factsUndated = 0;
  const facts = reportedFacts(result);
  for (const g of facts) {
    const seen = g.claims
      .map((id) => articleTime.get(claimArticle.get(id) ?? ''))
      .filter((t): t is number => t !== undefined);
    if (seen.length) firstSeen.push(Math.min(...seen));
    else factsUndated++;
  }
  const countTop = lanesTop + outlets.length * laneHeight + 36;
  const totalDated = firstSeen.length;
  const y = (count: number) => countTop + countHeight - (count / Math.max(1, totalDated)) * countHeight;
  const addedAt = new Map<number, number>();
  for (const t of firstSeen) addedAt.set(t, (addedAt.get(t) ?? 0) + 1);
  let running = 0;
  const steps: TimelineStep[] = [...addedAt]
    .sort((a, b) => a[0] - b[0])
    .map(([t, added]) => {
      running += added;
      const time = new Date(t);
      return { time, count: running, added, x: x(time), y: y(running) };
    });
  const points: [number, number][] = steps.map((s) => [s.x, s.y]);
  if (steps.length) {
    points.unshift([steps[0].x, y(0)]);
    points.push([x.range()[1], steps[steps.length - 1].y]);
  }
  const countPath = steps.length ? (line().curve(curveStepAfter)(points) ?? '') : '';

  const tickFormat = x.tickFormat();
  const ticks = x.ticks(Math.max(2, Math.floor((width - margin.left - margin.right) / 110))).map((t) => ({
    x: x(t),
    label: tickFormat(t)
  }));
  const countTicks = [0, Math.ceil(totalDated / 2), totalDated]
    .filter((v, i, all) => all.indexOf(v) === i)
    .map((v) => ({ y: y(v), label: String(v) }));

  return {
    lanes: outlets.map((outlet) => ({ outlet, y: lane(outlet)!, height: laneHeight })),
    dots,
    undated,
    steps,
    countPath,
    factsUndated,
    totalFacts: facts.length,
    ticks,
    countTicks,
    margin,
    lanesTop,
    countTop,
    countHeight,
    width,
    height: countTop + countHeight + margin.bottom
  };
}
