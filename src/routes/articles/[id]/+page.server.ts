import { error } from '@sveltejs/kit';
import { claimTextProps } from '$lib/view/claimStatusProps';
import { parseRouteId } from '../../parseRouteId';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
  const id = parseRouteId(params.id, 'article');
  const article = locals.store.articles.get(id);
  if (!article) error(404, `There is no article ${id}.`);
  const event = locals.store.events.get(article.event_id)!;
  const latest = locals.store.analysis.corrected(event.id);
  const claims = latest ? claimTextProps(latest.result, String(article.id), event.id) : null;
  const derived = latest ? locals.store.articles.derivedCopies(latest.result, article.id) : null;
  return {
    // Claim spans with their status (same / partial / differ / only here / non-claim) once analyzed.
    claims: claims && claims.claims.length > 0 ? claims : null,
    article,
    // Shared wording with other articles of the event (re-worded copies), when the engine found any.
    derived: derived && (derived.copyOf || derived.copiedBy.length) ? derived : null,
    event: { id: event.id, title: event.title },
    // Blank-line separated blocks are paragraphs; single newlines inside one stay line breaks.
    paragraphs: article.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
  };
};
