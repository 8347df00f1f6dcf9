import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { OUTLET_KINDS } from '$lib/server/outlets';
import { scheduleAnalysis } from '$lib/server/analysis/scheduleAnalysis';
import {
  editOutlet,
  eventsOfOutlet,
  getAuditEntry,
  getOutletDetails,
  listAuditForTarget,
  listOutletDetails,
  mergeOutlets,
  undoAuditEntry
} from '$lib/server/corrections';
import { listOwners, outletsOfOwner } from '$lib/server/corrections/outletEdits';
import { undoBlockers } from '$lib/server/corrections/undoAuditEntry';
import { formAuthor, formText, runAction } from '$lib/server/corrections/formActions';
import { ValidationError } from '$lib/server/ValidationError';
import { parseRouteId } from '../../parseRouteId';
import type { Actions, PageServerLoad } from './$types';

function outletIdOf(raw: string): number {
  const id = parseRouteId(raw, 'outlet');
  if (!getOutletDetails(getDb(), id)) error(404, `There is no outlet ${id}.`);
  return id;
}

export const load: PageServerLoad = ({ params }) => {
  const db = getDb();
  const id = outletIdOf(params.id);
  const outlet = getOutletDetails(db, id)!;
  const history = listAuditForTarget(db, `outlet:${id}`, { limit: 100 }).items;
  // An entry a later change superseded cannot be undone before that change is (the History page says the same).
  const blocks = undoBlockers(db, history);
  return {
    outlet,
    mergedInto: outlet.merged_into ? getOutletDetails(db, outlet.merged_into) : null,
    others: listOutletDetails(db, { limit: 2000 }).items.filter((o) => o.id !== id),
    kinds: [...OUTLET_KINDS],
    owners: listOwners(db),
    sameOwner: outlet.owner ? outletsOfOwner(db, outlet.owner, id) : [],
    history: history.map((e) => ({ ...e, supersededBy: blocks.get(e.id) ?? null }))
  };
};

const reanalyse = (ids: number[]) => [...new Set(ids)].forEach(scheduleAnalysis);

export const actions: Actions = {
  edit: async ({ params, request, cookies, url }) => {
    const id = outletIdOf(params.id);
    const form = await request.formData();
    return runAction(request, form, 'edit', `/outlets/${id}`, () => {
      const author = formAuthor(form, cookies, url.protocol === 'https:');
      const fields = Object.fromEntries(
        ['name', 'domain', 'country', 'kind', 'owner', 'reason'].map((k) => [k, formText(form, k)])
      );
      const { audit } = editOutlet(getDb(), id, fields, author);
      if (audit?.after && 'name' in audit.after) reanalyse(eventsOfOutlet(getDb(), id));
    });
  },
  merge: async ({ params, request, cookies, url }) => {
    const id = outletIdOf(params.id);
    const form = await request.formData();
    const into = formText(form, 'into');
    return runAction(request, form, 'merge', `/outlets/${into || id}`, () => {
      const author = formAuthor(form, cookies, url.protocol === 'https:');
      const events = eventsOfOutlet(getDb(), id);
      mergeOutlets(getDb(), id, into, author, formText(form, 'reason'));
      reanalyse(events);
    });
  },
  undo: async ({ params, request, cookies, url }) => {
    const id = outletIdOf(params.id);
    const form = await request.formData();
    return runAction(request, form, 'undo', `/outlets/${id}`, () => {
      const author = formAuthor(form, cookies, url.protocol === 'https:');
      const entryId = Number(formText(form, 'entry'));
      const entry = Number.isInteger(entryId) ? getAuditEntry(getDb(), entryId) : undefined;
      if (!entry || entry.target !== `outlet:${id}`) {
        throw new ValidationError('There is no such entry in this outlet’s history.', 'entry', 'not_found');
      }
      reanalyse(undoAuditEntry(getDb(), entryId, author, formText(form, 'reason')).reanalyse);
    });
  }
};
