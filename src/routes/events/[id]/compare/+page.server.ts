import { error, redirect } from '@sveltejs/kit';
import { parseRouteId } from '../../../parseRouteId';
import { buildCompareView, requestedOutlets } from '$lib/view/buildCompareView';
import { compareSelection } from '$lib/view/compareSelection';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
  const id = parseRouteId(params.id, 'event');
  // The picker form submits ?o=a&o=b; the canonical URL is ?outlets=a,b.
  const requested = requestedOutlets(url.searchParams);
  if (requested.fromForm) {
    const q = new URLSearchParams({ outlets: requested.names.join(',') });
    redirect(303, `${url.pathname}?${q}`);
  }
  const event = locals.store.events.get(id);
  if (!event) error(404, `There is no event ${id}.`);
  const latest = locals.store.analysis.corrected(id);
  const articles = locals.store.articles.texts(id).map((a) => ({
    id: String(a.id),
    outlet: a.outlet_name,
    title: a.title,
    published: a.published_at,
    url: a.url,
    text: a.text
  }));
  if (!latest) return { event, view: null, articleCount: articles.length, correcting: null };
  const view = buildCompareView(latest.result, articles, url.searchParams, url.pathname);
  // The correction panel: the claim selected (?claim=) and the one to relate it to (?with=).
  const correcting =
    view.kind === 'compare'
      ? {
          selection: compareSelection(
            latest.result,
            view.columns,
            url.searchParams.get('claim'),
            url.searchParams.get('with')
          ),
          unknownClaim: !!url.searchParams.get('claim')
        }
      : null;
  if (correcting) correcting.unknownClaim &&= !correcting.selection;
  return { event, view, articleCount: articles.length, correcting };
};
