// Shared pieces of the correction form actions: who is acting (the name cookie, asked once), where to go back
// to, and how a ValidationError becomes a form failure next to its field.
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { NAME_COOKIE } from '../auth/accessConfig';
import { ValidationError } from '../ValidationError';
import { validateAuthor } from './validateAuthor';

export function formText(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

/**
 * The acting person's name: the form's `author` field when given (then remembered in the `parallax_name`
 * cookie for a year), else the cookie. Throws a ValidationError on `author` when neither is there.
 */
export function formAuthor(form: FormData, cookies: Cookies, secure: boolean): string {
  const given = formText(form, 'author').trim();
  if (given) {
    const name = validateAuthor(given);
    // Not httpOnly: the correction forms read it to know whether to ask for a name. It is not a credential.
    cookies.set(NAME_COOKIE, name, {
      path: '/',
      maxAge: 60 * 60 * 24 * 365,
      httpOnly: false,
      sameSite: 'lax',
      secure
    });
    return name;
  }
  return validateAuthor(cookies.get(NAME_COOKIE) ?? '');
}

/** A same-site path to return to after a plain (non-JavaScript) form post. */
export function backTo(form: FormData, fallback: string): string {
  const next = formText(form, 'redirectTo');
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}

/**
 * Runs an action body: ValidationErrors come back as fail(status, {action, errors: {field: message}});
 * success redirects plain posts back (`redirectTo`) and answers enhanced posts with {action, ok: true}.
 */
export async function runAction(
  request: Request,
  form: FormData,
  action: string,
  fallback: string,
  body: () => void | Promise<void>
) {
  try {
    await body();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const status = e.code === 'not_found' ? 404 : 400;
    return fail(status, { action, errors: { [e.field ?? 'form']: e.message } as Record<string, string> });
  }
  if (request.headers.get('x-sveltekit-action') !== 'true') redirect(303, backTo(form, fallback));
  return { action, ok: true as const };
}
