import { listArticles } from '../articles';
import type { Db } from '../db';
import type { AnalysisRunInfo } from './AnalysisRunInfo';
import { buildEventOverview, type EventOverviewModel } from './buildEventOverview';
import { latestAnalysis } from './latestAnalysis';

/**
 * What the event page needs for its overview charts: the newest done run and the view model for the URL's
 * query (sort, filters, "show all"). Null before the event's first analysis has finished.
 */
export function loadEventOverview(
  db: Db,
  eventId: number,
  url: URL
): { run: AnalysisRunInfo; overview: EventOverviewModel } | null {
  const latest = latestAnalysis(db, eventId);
  if (!latest) return null;
  const articles = listArticles(db, eventId).map((a) => ({
    id: String(a.id),
    outlet: a.outlet_name,
    title: a.title,
    published: a.published_at,
    url: a.url
  }));
  return {
    run: latest.run,
    overview: buildEventOverview(eventId, latest.result, articles, url.searchParams)
  };
}
