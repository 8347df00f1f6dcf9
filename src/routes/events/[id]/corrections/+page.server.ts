// The form actions the correction components post to (action="/events/{id}/corrections?/merge" …), and a page
// listing the event's corrections with whether each still applies.
import { claimRefKey } from '$lib/analysis/corrections';
import { claimsByRef, describeCorrection } from '$lib/view/describeCorrection';
import { authoredAction, formAuthor, formText, runAction } from '$lib/server/corrections/formActions';
import { ValidationError } from '$lib/server/ValidationError';
import { routeEntity } from '../../../parseRouteId';
import type { Store } from '$lib/server/store/Store';
import type { Actions, PageServerLoad } from './$types';

function eventIdOf(store: Store, raw: string): number {
  return routeEntity(raw, 'event', (id) => store.events.get(id)).id;
}

export const load: PageServerLoad = ({ locals, params }) => {
  const eventId = eventIdOf(locals.store, params.id);
  const analysis = locals.store.analysis.corrected(eventId);
  const stale = new Map((analysis?.stale ?? []).map((s) => [s.id, s.reason]));
  const claims = claimsByRef(analysis?.result ?? null);
  const corrections = locals.store.corrections.list(eventId, { limit: 1000 }).items.map((c) => ({
    id: c.id,
    kind: c.correction.kind,
    reason: c.correction.reason ?? '',
    author: c.author,
    createdAt: c.createdAt,
    undoneAt: c.undoneAt,
    words: describeCorrection(c.correction, claims, eventId),
    status: c.undoneAt ? 'undone' : !analysis ? 'pending' : stale.has(String(c.id)) ? 'stale' : 'applied',
    staleReason: stale.get(String(c.id)) ?? null
  }));
  return {
    event: locals.store.events.get(eventId)!,
    corrections,
    analyzed: !!analysis,
    facts: locals.store.corrections.facts(eventId, analysis),
    nonClaims: (analysis?.result.articles ?? []).flatMap((a) =>
      a.claims
        .filter((c) => c.kind === 'non-claim')
        .map((c) => ({ ref: claimRefKey(c), text: c.text, outlet: c.outlet }))
    )
  };
};

/** One correction kind: the form fields it reads, as the object parseCorrection checks. */
function correctionAction(kind: string, fields: (form: FormData) => Record<string, unknown>) {
  return async ({ locals, params, request, cookies, url }: Parameters<Actions[string]>[0]) => {
    const eventId = eventIdOf(locals.store, params.id!);
    return authoredAction(
      { request, cookies, url },
      kind,
      `/events/${eventId}/corrections`,
      (form, author) => {
        locals.store.corrections.add(
          eventId,
          { kind, ...fields(form), reason: formText(form, 'reason') },
          author
        );
      }
    );
  };
}

const claims = (form: FormData) =>
  form.getAll('claims').filter((v): v is string => typeof v === 'string' && !!v);

export const actions: Actions = {
  merge: correctionAction('merge', (f) => ({ claims: claims(f) })),
  split: correctionAction('split', (f) => ({ claims: claims(f) })),
  move: correctionAction('move', (f) => ({ claim: formText(f, 'claim'), to: formText(f, 'to') || null })),
  verdict: correctionAction('verdict', (f) => ({
    claim: formText(f, 'claim'),
    outlet: formText(f, 'outlet'),
    verdict: formText(f, 'verdict')
  })),
  discrepancy: correctionAction('add-discrepancy', (f) => ({
    claims: [formText(f, 'claimA'), formText(f, 'claimB')],
    type: formText(f, 'type'),
    values: [formText(f, 'valueA'), formText(f, 'valueB')]
  })),
  dismiss: correctionAction('dismiss-discrepancy', (f) => ({
    claims: [formText(f, 'claimA'), formText(f, 'claimB')],
    type: formText(f, 'type')
  })),
  kind: correctionAction('claim-kind', (f) => ({ claim: formText(f, 'claim'), to: formText(f, 'to') })),
  span: correctionAction('span', (f) => ({
    claim: formText(f, 'claim'),
    start: formText(f, 'start'),
    end: formText(f, 'end')
  })),

  note: async ({ locals, params, request, cookies, url }) => {
    const eventId = eventIdOf(locals.store, params.id);
    return authoredAction({ request, cookies, url }, 'note', `/events/${eventId}/history`, (form, author) => {
      locals.store.corrections.addNote(eventId, formText(form, 'claim'), formText(form, 'body'), author);
    });
  },

  /** Undo of any single entry of this event's log (or of an outlet entry, which has no event). */
  undo: async ({ locals, params, request, cookies, url }) => {
    const eventId = eventIdOf(locals.store, params.id);
    return authoredAction({ request, cookies, url }, 'undo', `/events/${eventId}/history`, (form, author) => {
      const entryId = Number(formText(form, 'entry'));
      const entry = Number.isInteger(entryId) ? locals.store.corrections.auditEntry(entryId) : undefined;
      if (!entry || (entry.eventId !== null && entry.eventId !== eventId)) {
        throw new ValidationError('There is no such entry in this event’s history.', 'entry', 'not_found');
      }
      const { reanalyze } = locals.store.corrections.undo(entryId, author, formText(form, 'reason'));
      reanalyze.forEach((id) => locals.store.analysis.schedule(id));
    });
  },

  /** "Who are you?": remembers the name for later changes. */
  name: async ({ locals, params, request, cookies, url }) => {
    const eventId = eventIdOf(locals.store, params.id);
    const form = await request.formData();
    return runAction(request, form, 'name', `/events/${eventId}/history`, () => {
      if (!formText(form, 'author').trim()) {
        throw new ValidationError('Give your name.', 'author', 'required');
      }
      formAuthor(form, cookies, url.protocol === 'https:');
    });
  }
};
