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

/** `path` with `params` set (replacing any of the same names). */
function withParams(path: string, params: Record<string, string>): string {
  const url = new URL(path, 'http://x');
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.pathname + url.search + url.hash;
}

/** Drops the result of an earlier plain post (done / failed / error) from a return path. */
function withoutResult(path: string): string {
  const url = new URL(path, 'http://x');
  for (const k of ['done', 'failed', 'error']) url.searchParams.delete(k);
  return url.pathname + url.search + url.hash;
}

/**
 * A form action by a named person: reads the form, then runs `body` with it and the acting person's name
 * (formAuthor) under runAction. `fallback` (where a plain post returns) may depend on the form.
 */
export async function authoredAction(
  { request, cookies, url }: { request: Request; cookies: Cookies; url: URL },
  action: string,
  fallback: string | ((form: FormData) => string),
  body: (form: FormData, author: string) => void | Promise<void>
) {
  const form = await request.formData();
  const back = typeof fallback === 'string' ? fallback : fallback(form);
  return runAction(request, form, action, back, () =>
    body(form, formAuthor(form, cookies, url.protocol === 'https:'))
  );
}

/**
 * Runs an action body: ValidationErrors come back as fail(status, {action, errors: {field: message}});
 * success redirects plain posts back (`redirectTo`) and answers enhanced posts with {action, ok: true}.
 * A plain (no-JavaScript) post from a form that names itself (`formId`) goes back to `redirectTo` either way,
 * with `done=<formId>` or `failed=<formId>&error=<message>`, so the page can say so next to that form.
 */
export async function runAction(
  request: Request,
  form: FormData,
  action: string,
  fallback: string,
  body: () => void | Promise<void>
) {
  const plain = request.headers.get('x-sveltekit-action') !== 'true';
  const formId = formText(form, 'formId').slice(0, 200);
  try {
    await body();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    if (plain && formId && formText(form, 'redirectTo')) {
      redirect(303, withParams(withoutResult(backTo(form, fallback)), { failed: formId, error: e.message }));
    }
    const status = e.code === 'not_found' ? 404 : 400;
    return fail(status, { action, errors: { [e.field ?? 'form']: e.message } as Record<string, string> });
  }
  if (plain) {
    const back = withoutResult(backTo(form, fallback));
    redirect(303, formId ? withParams(back, { done: formId }) : back);
  }
  return { action, ok: true as const };
}
