import { error } from '@sveltejs/kit';
import { formAuthor, formText, runAction } from '$lib/server/corrections/formActions';
import { ValidationError } from '$lib/server/ValidationError';
import { parseRouteId } from '../../../parseRouteId';
import type { Store } from '$lib/server/store/Store';
import type { Actions, PageServerLoad } from './$types';

function articleOf(store: Store, raw: string) {
  const id = parseRouteId(raw, 'article');
  const article = store.articles.get(id);
  if (!article) error(404, `There is no article ${id}.`);
  return article;
}

export const load: PageServerLoad = ({ locals, params }) => {
  const article = articleOf(locals.store, params.id);
  const { text: _text, ...meta } = article;
  return {
    article: meta,
    event: { id: article.event_id, title: locals.store.events.get(article.event_id)!.title },
    history: locals.store.corrections.auditFor(`article:${article.id}`, { limit: 50 }).items
  };
};

export const actions: Actions = {
  save: async ({ locals, params, request, cookies, url }) => {
    const article = articleOf(locals.store, params.id);
    const form = await request.formData();
    return runAction(request, form, 'save', `/articles/${article.id}/edit?saved=1`, () => {
      const author = formAuthor(form, cookies, url.protocol === 'https:');
      const fields = Object.fromEntries(
        ['title', 'url', 'byline', 'published', 'outlet', 'reason'].map((k) => [k, formText(form, k)])
      );
      if (locals.store.articles.edit(article.id, fields, author))
        locals.store.analysis.schedule(article.event_id);
    });
  },
  remove: async ({ locals, params, request, cookies, url }) => {
    const article = articleOf(locals.store, params.id);
    const form = await request.formData();
    return runAction(request, form, 'remove', `/articles/${article.id}/edit`, () => {
      const author = formAuthor(form, cookies, url.protocol === 'https:');
      locals.store.articles.remove(article.id, author, formText(form, 'reason'));
      locals.store.analysis.schedule(article.event_id);
    });
  },
  /** Undoes the removal (the newest entry that removed the article). */
  restore: async ({ locals, params, request, cookies, url }) => {
    const article = articleOf(locals.store, params.id);
    const form = await request.formData();
    return runAction(request, form, 'restore', `/articles/${article.id}/edit`, () => {
      const author = formAuthor(form, cookies, url.protocol === 'https:');
      const removal = locals.store.corrections
        .auditFor(`article:${article.id}`, { limit: 200 })
        .items.find((e) => e.action === 'article.remove' && !e.undoneBy);
      if (!article.removed_at || !removal)
        throw new ValidationError('The article is not removed.', 'article');
      locals.store.corrections.undo(removal.id, author, formText(form, 'reason'));
      locals.store.analysis.schedule(article.event_id);
    });
  }
};
