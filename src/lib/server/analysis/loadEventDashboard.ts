import { independentSources } from '../../view/independentSources';
import { countBySource } from './countBySource';
import { pairToCompare } from '../../view/agreement';
import { chartResult, chartResultFor } from '../../view/chartResult';
import { listArticles } from '../store/sqlite/articles';
import type { Db } from '../store/sqlite/db';
import type { EventDashboard } from '../../view/EventDashboard';
import { outletOwnersOfEvent } from '../store/sqlite/outlets';
import { buildEventOverview, parseSourceCounting } from '../../view/buildEventOverview';
import { correctedAnalysis } from '../store/sqlite/corrections';

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
  const overview = buildEventOverview(eventId, latest.result, articles, url.searchParams, {
    grouping,
    counted
  });
  // The certainty, shared-facts and timeline charts show the overview's outlets (or sources) too.
  const shown = new Set(overview.outlets.shown);
  const keep = (outlet: string) => shown.has(counted ? (grouping.sourceOf[outlet] ?? outlet) : outlet);
  return {
    run: latest.run,
    comparePair: pairToCompare(latest.result.agreement),
    overview,
    charts: {
      result: chartResultFor(chartResult(latest.result), keep),
      articles: articles.filter((a) => keep(a.outlet)),
      ...(counted ? { grouping } : {})
    }
  };
}
