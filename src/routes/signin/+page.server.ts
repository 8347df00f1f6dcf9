import { fail, redirect } from '@sveltejs/kit';
import { accessToken, TOKEN_COOKIE } from '$lib/server/auth/accessConfig';
import { safeNext } from '$lib/server/auth/authHandle';
import { sessionValue, tokenMatches } from '$lib/server/auth/tokenChecks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, cookies }) => ({
  required: !!accessToken(),
  signedIn: !!accessToken() && cookies.get(TOKEN_COOKIE) === sessionValue(),
  next: safeNext(url.searchParams.get('next'))
});

export const actions: Actions = {
  signin: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const token = form.get('token');
    const next = safeNext(String(form.get('next') ?? '/'));
    if (!accessToken()) redirect(303, next);
    if (typeof token !== 'string' || !tokenMatches(token.trim())) {
      return fail(401, { error: 'That is not the access token.' });
    }
    cookies.set(TOKEN_COOKIE, sessionValue(), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      maxAge: 60 * 60 * 24 * 30
    });
    redirect(303, next);
  },
  signout: async ({ cookies }) => {
    cookies.delete(TOKEN_COOKIE, { path: '/' });
    redirect(303, '/signin');
  }
};
