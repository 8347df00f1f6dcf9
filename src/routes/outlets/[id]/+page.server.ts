import { OUTLET_KINDS } from '$lib/server/store/sqlite/outlets';
import { authoredAction, formText } from '$lib/server/corrections/formActions';
import { ValidationError } from '$lib/server/ValidationError';
import { routeEntity } from '../../parseRouteId';
import type { Store } from '$lib/server/store/Store';
import type { Actions, PageServerLoad } from './$types';

function outletIdOf(store: Store, raw: string): number {
  return routeEntity(raw, 'outlet', (id) => store.outlets.get(id)).id;
}

export const load: PageServerLoad = ({ locals, params }) => {
  const id = outletIdOf(locals.store, params.id);
  const outlet = locals.store.outlets.get(id)!;
  const history = locals.store.corrections.auditFor(`outlet:${id}`, { limit: 100 }).items;
  // An entry a later change superseded cannot be undone before that change is (the History page says the same).
  const blocks = locals.store.corrections.undoBlockers(history);
  return {
    outlet,
    mergedInto: outlet.merged_into ? locals.store.outlets.get(outlet.merged_into) : null,
    others: locals.store.outlets.list({ limit: 2000 }).items.filter((o) => o.id !== id),
    kinds: [...OUTLET_KINDS],
    owners: locals.store.outlets.owners(),
    sameOwner: outlet.owner ? locals.store.outlets.ofOwner(outlet.owner, id) : [],
    history: history.map((e) => ({ ...e, supersededBy: blocks.get(e.id) ?? null }))
  };
};

const reanalyze = (store: Store, ids: number[]) =>
  [...new Set(ids)].forEach((id) => store.analysis.schedule(id));

export const actions: Actions = {
  edit: async ({ locals, params, request, cookies, url }) => {
    const id = outletIdOf(locals.store, params.id);
    return authoredAction({ request, cookies, url }, 'edit', `/outlets/${id}`, (form, author) => {
      const fields = Object.fromEntries(
        ['name', 'domain', 'country', 'kind', 'owner', 'reason'].map((k) => [k, formText(form, k)])
      );
      const { audit } = locals.store.outlets.edit(id, fields, author);
      if (audit?.after && 'name' in audit.after) reanalyze(locals.store, locals.store.outlets.events(id));
    });
  },
  merge: async ({ locals, params, request, cookies, url }) => {
    const id = outletIdOf(locals.store, params.id);
    return authoredAction(
      { request, cookies, url },
      'merge',
      (form) => `/outlets/${formText(form, 'into') || id}`,
      (form, author) => {
        const events = locals.store.outlets.events(id);
        locals.store.outlets.merge(id, formText(form, 'into'), author, formText(form, 'reason'));
        reanalyze(locals.store, events);
      }
    );
  },
  undo: async ({ locals, params, request, cookies, url }) => {
    const id = outletIdOf(locals.store, params.id);
    return authoredAction({ request, cookies, url }, 'undo', `/outlets/${id}`, (form, author) => {
      const entryId = Number(formText(form, 'entry'));
      const entry = Number.isInteger(entryId) ? locals.store.corrections.auditEntry(entryId) : undefined;
      if (!entry || entry.target !== `outlet:${id}`) {
        throw new ValidationError('There is no such entry in this outlet’s history.', 'entry', 'not_found');
      }
      reanalyze(
        locals.store,
        locals.store.corrections.undo(entryId, author, formText(form, 'reason')).reanalyze
      );
    });
  }
};
