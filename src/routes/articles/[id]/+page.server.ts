import { error } from '@sveltejs/kit';
import { getArticle } from '$lib/server/articles';
import { getDb } from '$lib/server/db';
import { getEvent } from '$lib/server/events';
import { parseRouteId } from '../../parseRouteId';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
  const id = parseRouteId(params.id, 'article');
  const db = getDb();
  const article = getArticle(db, id);
  if (!article) error(404, `There is no article ${id}.`);
  const event = getEvent(db, article.event_id)!;
  return {
    article,
    event: { id: event.id, title: event.title },
    // Blank-line separated blocks are paragraphs; single newlines inside one stay line breaks.
    paragraphs: article.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
  };
};
