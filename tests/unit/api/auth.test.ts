import { afterEach, describe, expect, it } from 'vitest';
import { authHandle, safeNext } from '../../../src/lib/server/auth/authHandle';
import { TOKEN_COOKIE } from '../../../src/lib/server/auth/accessConfig';
import { sessionValue } from '../../../src/lib/server/auth/tokenChecks';

interface Case {
  name: string;
  env: { token?: string; private?: string };
  method: string;
  path: string;
  headers?: Record<string, string>;
  cookie?: 'good' | 'bad';
  /** 'through' = the request reached the app. */
  expect: 'through' | 401 | 303 | 'action-redirect';
}

const cases: Case[] = [
  {
    name: 'no token configured: writes are open',
    env: {},
    method: 'POST',
    path: '/api/events',
    expect: 'through'
  },
  {
    name: 'reads stay open',
    env: { token: 's3cret' },
    method: 'GET',
    path: '/api/events',
    expect: 'through'
  },
  {
    name: 'API write without token',
    env: { token: 's3cret' },
    method: 'POST',
    path: '/api/events',
    expect: 401
  },
  {
    name: 'API write with a wrong token',
    env: { token: 's3cret' },
    method: 'POST',
    path: '/api/events',
    headers: { authorization: 'Bearer nope' },
    expect: 401
  },
  {
    name: 'API write with the token',
    env: { token: 's3cret' },
    method: 'POST',
    path: '/api/events',
    headers: { authorization: 'Bearer s3cret' },
    expect: 'through'
  },
  {
    name: 'form post with the sign-in cookie',
    env: { token: 's3cret' },
    method: 'POST',
    path: '/events/1/corrections?/merge',
    cookie: 'good',
    expect: 'through'
  },
  {
    name: 'form post with a forged cookie',
    env: { token: 's3cret' },
    method: 'POST',
    path: '/events/1/corrections?/merge',
    cookie: 'bad',
    expect: 303
  },
  {
    name: 'enhanced form post without sign-in',
    env: { token: 's3cret' },
    method: 'POST',
    path: '/events/1/corrections?/merge',
    headers: { 'x-sveltekit-action': 'true' },
    expect: 'action-redirect'
  },
  {
    name: 'the sign-in form itself',
    env: { token: 's3cret' },
    method: 'POST',
    path: '/signin',
    expect: 'through'
  },
  {
    name: 'private: reads need the token',
    env: { token: 's3cret', private: '1' },
    method: 'GET',
    path: '/api/events',
    expect: 401
  },
  {
    name: 'private: pages redirect to sign-in',
    env: { token: 's3cret', private: '1' },
    method: 'GET',
    path: '/events/1',
    expect: 303
  },
  {
    name: 'private: reads with the token',
    env: { token: 's3cret', private: '1' },
    method: 'GET',
    path: '/api/events',
    headers: { authorization: 'Bearer s3cret' },
    expect: 'through'
  }
];

afterEach(() => {
  delete process.env.PARALLAX_TOKEN;
  delete process.env.PARALLAX_PRIVATE;
});

describe('authHandle', () => {
  it.each(cases)('$name', async (c) => {
    if (c.env.token) process.env.PARALLAX_TOKEN = c.env.token;
    if (c.env.private) process.env.PARALLAX_PRIVATE = c.env.private;
    const url = new URL(c.path, 'http://localhost');
    const cookieValue =
      c.cookie === 'good' ? sessionValue() : c.cookie === 'bad' ? 'f'.repeat(64) : undefined;
    let reached = false;
    const response = await authHandle({
      event: {
        url,
        request: new Request(url, { method: c.method, headers: c.headers }),
        cookies: { get: (n: string) => (n === TOKEN_COOKIE ? cookieValue : undefined) }
      } as never,
      resolve: async () => {
        reached = true;
        return new Response('ok');
      }
    });
    if (c.expect === 'through') return expect(reached).toBe(true);
    expect(reached).toBe(false);
    if (c.expect === 401) {
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('unauthorized');
    } else if (c.expect === 303) {
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/signin\?next=/);
    } else {
      expect(await response.json()).toMatchObject({ type: 'redirect', status: 303 });
    }
  });

  it.each([
    ['/events/3', '/events/3'],
    ['//evil.example', '/'],
    ['https://evil.example/', '/'],
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['/\r\n/evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['/\\/evil.example', '/'],
    ['/\t\\evil.example', '/'],
    ['/ /evil.example', '/%20/evil.example'],
    ['/events/3\r\nSet-Cookie: x=1', '/events/3Set-Cookie:%20x=1'],
    ['/events/3?tab=facts#f2', '/events/3?tab=facts#f2'],
    ['events/3', '/'],
    ['javascript:alert(1)', '/'],
    ['', '/'],
    [null, '/']
  ])('safeNext(%s) = %s', (next, expected) => expect(safeNext(next)).toBe(expected));
});
