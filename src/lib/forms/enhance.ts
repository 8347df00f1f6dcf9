// SvelteKit's `enhance`, plus a visible message when the post fails outside the form's own validation: a refused
// request (403), a body too large (413), a server error (500) or no connection. Without it such a post changes
// nothing on the page and says nothing. Same signature as `$app/forms`' enhance.
import { enhance as kitEnhance } from '$app/forms';
import type { ActionResult, SubmitFunction } from '@sveltejs/kit';
import { clearFormFailure, showFormFailure } from './formFailure.svelte';

/** Why a post failed, in words, from what the server answered (an ActionResult, or an error body without one). */
export function describeFormFailure(
  result: ActionResult | { message?: string; status?: number }
): string | null {
  if (
    'type' in result &&
    (result.type === 'success' || result.type === 'failure' || result.type === 'redirect')
  )
    return null;
  const status = 'status' in result ? result.status : undefined;
  // A refusal that is no form result at all (a proxy's page, a plain-text 403) fails to parse as one.
  if ('error' in result && result.error instanceof SyntaxError)
    return 'The form could not be sent: the server refused it or answered with something other than a form result. Nothing was changed.';
  const detail =
    ('error' in result && result.error && typeof result.error === 'object' && 'message' in result.error
      ? String(result.error.message)
      : 'message' in result && result.message
        ? String(result.message)
        : '') || 'the server did not answer';
  return `The form could not be sent${status ? ` (${status})` : ''}: ${detail}. Nothing was changed.`;
}

export function enhance(form: HTMLFormElement, submit?: SubmitFunction) {
  return kitEnhance(form, async (input) => {
    clearFormFailure();
    const after = submit ? await submit(input) : undefined;
    return async (options) => {
      const failure = describeFormFailure(options.result as ActionResult);
      if (failure) {
        showFormFailure(failure);
        // The form's own callback still runs (to end its "sending" state), but does not replace the page.
        if (after) await after({ ...options, update: async () => {} });
        return;
      }
      if (after) await after(options);
      else await options.update();
    };
  });
}
