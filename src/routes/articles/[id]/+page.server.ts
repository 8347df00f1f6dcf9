import { error } from '@sveltejs/kit';
import { getArticle } from '$lib/server/articles';
import { correctedAnalysis } from '$lib/server/corrections/corrections';
import { claimTextProps } from '$lib/charts/layout/claimStatusProps';
import { getDb } from '$lib/server/db';
import { derivedCopyReport } from '$lib/server/derivedCopyReport';
import { getEvent } from '$lib/server/events';
import { parseRouteId } from '../../parseRouteId';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
  const id = parseRouteId(params.id, 'article');
  const db = getDb();
  const article = getArticle(db, id);
  if (!article) error(404, `There is no article ${id}.`);
  const event = getEvent(db, article.event_id)!;
  const latest = correctedAnalysis(db, event.id);
  const claims = latest ? claimTextProps(latest.result, String(article.id), event.id) : null;
  const derived = latest ? derivedCopyReport(db, latest.result, article.id) : null;
  return {
    // Claim spans with their status (same / partial / differ / only here / non-claim) once analysed.
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
