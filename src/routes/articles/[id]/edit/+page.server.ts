import { error } from '@sveltejs/kit';
import { getArticle } from '$lib/server/articles';
import { getDb } from '$lib/server/db';
import { getEvent } from '$lib/server/events';
import { scheduleAnalysis } from '$lib/server/analysis/scheduleAnalysis';
import { editArticle, listAuditForTarget, removeArticle, undoAuditEntry } from '$lib/server/corrections';
import { formAuthor, formText, runAction } from '$lib/server/corrections/formActions';
import { ValidationError } from '$lib/server/ValidationError';
import { parseRouteId } from '../../../parseRouteId';
import type { Actions, PageServerLoad } from './$types';

function articleOf(raw: string) {
  const id = parseRouteId(raw, 'article');
  const article = getArticle(getDb(), id);
  if (!article) error(404, `There is no article ${id}.`);
  return article;
}

export const load: PageServerLoad = ({ params }) => {
  const article = articleOf(params.id);
  const { text: _text, ...meta } = article;
  return {
    article: meta,
    event: { id: article.event_id, title: getEvent(getDb(), article.event_id)!.title },
    history: listAuditForTarget(getDb(), `article:${article.id}`, { limit: 50 }).items
  };
};

export const actions: Actions = {
  save: async ({ params, request, cookies, url }) => {
    const article = articleOf(params.id);
    const form = await request.formData();
    return runAction(request, form, 'save', `/articles/${article.id}/edit?saved=1`, () => {
      const author = formAuthor(form, cookies, url.protocol === 'https:');
      const fields = Object.fromEntries(
        ['title', 'url', 'byline', 'published', 'outlet', 'reason'].map((k) => [k, formText(form, k)])
      );
      if (editArticle(getDb(), article.id, fields, author)) scheduleAnalysis(article.event_id);
    });
  },
  remove: async ({ params, request, cookies, url }) => {
    const article = articleOf(params.id);
    const form = await request.formData();
    return runAction(request, form, 'remove', `/articles/${article.id}/edit`, () => {
      const author = formAuthor(form, cookies, url.protocol === 'https:');
      removeArticle(getDb(), article.id, author, formText(form, 'reason'));
      scheduleAnalysis(article.event_id);
    });
  },
  /** Undoes the removal (the newest entry that removed the article). */
  restore: async ({ params, request, cookies, url }) => {
    const article = articleOf(params.id);
    const form = await request.formData();
    return runAction(request, form, 'restore', `/articles/${article.id}/edit`, () => {
      const author = formAuthor(form, cookies, url.protocol === 'https:');
      const removal = listAuditForTarget(getDb(), `article:${article.id}`, { limit: 200 }).items.find(
        (e) => e.action === 'article.remove' && !e.undoneBy
      );
      if (!article.removed_at || !removal)
        throw new ValidationError('The article is not removed.', 'article');
      undoAuditEntry(getDb(), removal.id, author, formText(form, 'reason'));
      scheduleAnalysis(article.event_id);
    });
  }
};
