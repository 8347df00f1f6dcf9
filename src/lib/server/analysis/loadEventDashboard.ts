import { independentSources } from '../../view/independentSources';
import { countBySource } from './countBySource';
import { pairToCompare } from '../../view/agreement';
import { chartResult } from '../../view/chartResult';
import { listArticles } from '../store/sqlite/articles';
import type { Db } from '../store/sqlite/db';
import type { EventDashboard } from '../../view/EventDashboard';
import { outletOwnersOfEvent } from '../store/sqlite/outlets';
import {
  buildEventOverview,
  parseSourceCounting,
  type EventOverviewModel,
  type OverviewArticle
} from '../../view/buildEventOverview';
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
  return {
    run: latest.run,
    comparePair: pairToCompare(latest.result.agreement),
    overview: buildEventOverview(eventId, latest.result, articles, url.searchParams, { grouping, counted }),
    charts: {
      result: chartResult(latest.result),
      articles,
      ...(counted ? { grouping } : {})
    }
  };
}
