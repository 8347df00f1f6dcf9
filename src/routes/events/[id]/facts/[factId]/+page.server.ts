import { error } from '@sveltejs/kit';
import { parseRouteId } from '../../../../parseRouteId';
import { buildFactView } from '$lib/view/buildFactView';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
  const id = parseRouteId(params.id, 'event');
  const event = locals.store.events.get(id);
  if (!event) error(404, `There is no event ${id}.`);
  const latest = locals.store.analysis.corrected(id);
  if (!latest)
    error(404, `Event ${id} has no finished analysis yet, so there is no fact “${params.factId}”.`);
  const articles = locals.store.articles.texts(id).map((a) => ({
    id: String(a.id),
    outlet: a.outlet_name,
    title: a.title,
    text: a.text
  }));
  const fact = buildFactView(latest.result, articles, params.factId);
  if (!fact) error(404, `There is no fact “${params.factId}” in the latest analysis of this event.`);
  // What the correction controls need for this fact (merge, split, move, verdicts, discrepancies, notes).
  const correction = locals.store.corrections.facts(id, latest, params.factId)[0] ?? null;
  return { event, fact, correction };
};
