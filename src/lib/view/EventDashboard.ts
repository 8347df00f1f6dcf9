// The event page's data, as the charts read it (built by loadEventDashboard on the server).
import type { ChartResult } from './chartResult';
import type { EventOverviewModel, OverviewArticle } from './buildEventOverview';
import type { IndependentSources } from './independentSources';

export interface EventDashboard {
  /** The stored run shown. */
  run: { id: number; engine: string | null; finishedAt: string | null };
  /** View model of the overview charts for the URL's query (sort, filters, "show all"). */
  overview: EventOverviewModel;
  /** The two outlets side by side opens on: the pair that differs most (null when no two share a fact). */
  comparePair: [string, string] | null;
  /** What the certainty, shared-facts and timeline charts read: the analysis without claim wording or features. */
  charts: {
    result: ChartResult;
    articles: OverviewArticle[];
    /**
     * With ?sources=independent: the outlet grouping, with which the shared-facts chart recounts `result` over
     * sources in the page (a few hundred bytes, where a second result would double the page).
     */
    grouping?: IndependentSources;
  };
}
