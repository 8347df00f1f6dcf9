import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { createEvent } from '$lib/server/events';
import { ValidationError } from '$lib/server/ValidationError';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request }) => {
    const form = await request.formData();
    const values = {
      title: String(form.get('title') ?? ''),
      description: String(form.get('description') ?? '')
    };
    let id: number;
    try {
      id = createEvent(getDb(), values).id;
    } catch (e) {
      if (e instanceof ValidationError) {
        return fail(400, { values, errors: { [e.field ?? 'title']: e.message } as Record<string, string> });
      }
      throw e;
    }
    redirect(303, `/events/${id}?created=1`);
  }
};
