import { authoredAction, formText } from '$lib/server/corrections/formActions';
import { ValidationError } from '$lib/server/ValidationError';
import { routeEntity } from '../../../parseRouteId';
import type { ArticleRow } from '$lib/server/store/sqlite/articles';
import type { Store } from '$lib/server/store/Store';
import type { Actions, PageServerLoad } from './$types';

function articleOf(store: Store, raw: string) {
  return routeEntity(raw, 'article', (id) => store.articles.get(id));
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

/** An action on the article by a named person (authoredAction); a plain post goes back to the edit page. */
function articleAction(
  action: string,
  body: (store: Store, article: ArticleRow, form: FormData, author: string) => void,
  back = ''
) {
  return async ({ locals, params, request, cookies, url }: Parameters<Actions[string]>[0]) => {
    const article = articleOf(locals.store, params.id!);
    return authoredAction(
      { request, cookies, url },
      action,
      `/articles/${article.id}/edit${back}`,
      (form, author) => body(locals.store, article, form, author)
    );
  };
}

export const actions: Actions = {
  save: articleAction(
    'save',
    (store, article, form, author) => {
      const fields = Object.fromEntries(
        ['title', 'url', 'byline', 'published', 'outlet', 'reason'].map((k) => [k, formText(form, k)])
      );
      if (store.articles.edit(article.id, fields, author)) store.analysis.schedule(article.event_id);
    },
    '?saved=1'
  ),
  remove: articleAction('remove', (store, article, form, author) => {
    store.articles.remove(article.id, author, formText(form, 'reason'));
    store.analysis.schedule(article.event_id);
  }),
  /** Undoes the removal (the newest entry that removed the article). */
  restore: articleAction('restore', (store, article, form, author) => {
    const removal = store.corrections
      .auditFor(`article:${article.id}`, { limit: 200 })
      .items.find((e) => e.action === 'article.remove' && !e.undoneBy);
    if (!article.removed_at || !removal) throw new ValidationError('The article is not removed.', 'article');
    store.corrections.undo(removal.id, author, formText(form, 'reason'));
    store.analysis.schedule(article.event_id);
  })
};
