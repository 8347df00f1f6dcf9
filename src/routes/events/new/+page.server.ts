import { fail, redirect } from '@sveltejs/kit';
import { ValidationError } from '$lib/server/ValidationError';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const form = await request.formData();
    const values = {
      title: String(form.get('title') ?? ''),
      description: String(form.get('description') ?? '')
    };
    let id: number;
    try {
      id = locals.store.events.create(values).id;
    } catch (e) {
      if (e instanceof ValidationError) {
        return fail(400, { values, errors: { [e.field ?? 'title']: e.message } as Record<string, string> });
      }
      throw e;
    }
    redirect(303, `/events/${id}?created=1`);
  }
};
