import {
  countBySource,
  independentSources,
  type IndependentSources
} from '../../charts/layout/independentSources';
import { pairToCompare } from '../../charts/layout/agreement';
import { slimResult } from '../../charts/layout/slimResult';
import type { AnalysisResult } from '../../analysis/types';
import { listArticles } from '../articles';
import type { Db } from '../db';
import type { AnalysisRunInfo } from './AnalysisRunInfo';
import { outletOwnersOfEvent } from '../outlets';
import {
  buildEventOverview,
  parseSourceCounting,
  type EventOverviewModel,
  type OverviewArticle
} from './buildEventOverview';
import { correctedAnalysis } from '../corrections/corrections';

export interface EventDashboard {
  run: AnalysisRunInfo;
  /** View model of the overview charts for the URL's query (sort, filters, "show all"). */
  overview: EventOverviewModel;
  /** The two outlets side by side opens on: the pair that differs most (null when no two share a fact). */
  comparePair: [string, string] | null;
  /** What the certainty, shared-facts and timeline charts read: the analysis without claim wording or features. */
  charts: {
    result: AnalysisResult;
    articles: OverviewArticle[];
    /**
     * With ?sources=independent: the outlet grouping, with which the shared-facts chart recounts `result` over
     * sources in the page (a few hundred bytes, where a second result would double the page).
     */
    grouping?: IndependentSources;
  };
}

/** Everything the event page's charts need, from the newest done run. Null before the first analysis finishes. */
export function loadEventDashboard(db: Db, eventId: number, url: URL): EventDashboard | null {
  const latest = correctedAnalysis(db, eventId);
  if (!latest) return null;
  const articles = listArticles(db, eventId).map((a) => ({
    id: String(a.id),
    outlet: a.outlet_name,
    title: a.title,
    published: a.published_at,
    url: a.url
  }));
  const grouping = independentSources(latest.result, outletOwnersOfEvent(db, eventId));
  const counted =
    parseSourceCounting(url.searchParams.get('sources')) === 'independent'
      ? countBySource(latest.result, grouping)
      : null;
  return {
    run: latest.run,
    comparePair: pairToCompare(latest.result.agreement),
    overview: buildEventOverview(eventId, latest.result, articles, url.searchParams, { grouping, counted }),
    charts: {
      result: slimResult(latest.result),
      articles,
      ...(counted ? { grouping } : {})
    }
  };
}
