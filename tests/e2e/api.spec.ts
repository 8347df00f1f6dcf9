// The JSON API through the real server: every route answers, bad input gets the documented error and changes
// nothing. (Handler-level cases, token checks included, are in tests/unit/api.)
import { expect, test, type APIRequestContext } from '@playwright/test';

async function counts(request: APIRequestContext, eventId: number) {
  const get = async (path: string) => (await (await request.get(path)).json()).total as number;
  return {
    events: await get('/api/events'),
    articles: await get(`/api/events/${eventId}/articles`),
    corrections: await get(`/api/events/${eventId}/corrections`),
    audit: await get(`/api/events/${eventId}/audit`)
  };
}

test('every API route through the server, with its errors', async ({ request }) => {
  test.setTimeout(120_000);
  const openapi = await (await request.get('/api/openapi.json')).json();
  expect(openapi.openapi).toBe('3.1.0');

  const created = await request.post('/api/events', { data: { title: 'API event' } });
  expect(created.status()).toBe(201);
  const eventId = (await created.json()).id as number;
  const article = await request.post(`/api/events/${eventId}/articles`, {
    data: {
      outlet: 'reuters.com',
      text: 'Albania cut diplomatic ties with Iran on Wednesday.\n\nNATO condemned the attack.'
    }
  });
  expect(article.status()).toBe(201);
  const articleId = (await article.json()).id as number;
  await expect
    .poll(async () => (await (await request.get(`/api/events/${eventId}`)).json()).analysis.state, {
      timeout: 45_000
    })
    .toBe('done');

  const claims = (await (await request.get(`/api/events/${eventId}/claims?kind=claim`)).json()).items;
  const facts = (await (await request.get(`/api/events/${eventId}/groups`)).json()).items;
  for (const path of [
    `/api/events`,
    `/api/events/${eventId}`,
    `/api/events/${eventId}/articles`,
    `/api/articles/${articleId}`,
    `/api/articles/${articleId}/claims`,
    `/api/events/${eventId}/claims`,
    `/api/events/${eventId}/groups`,
    `/api/events/${eventId}/groups/${facts[0].id}`,
    `/api/events/${eventId}/verdicts`,
    `/api/events/${eventId}/corrections`,
    `/api/events/${eventId}/audit`,
    `/api/events/${eventId}/notes`
  ]) {
    const r = await request.get(path);
    expect({ path, status: r.status() }).toEqual({ path, status: 200 });
    expect(r.headers()['content-type']).toContain('application/json');
  }

  const ref = `${claims[0].articleId}:${claims[0].start}-${claims[0].end}`;
  const before = await counts(request, eventId);
  const bad: {
    name: string;
    method: 'get' | 'post';
    path: string;
    data?: unknown;
    raw?: string;
    status: number;
    code: string;
    field?: string;
  }[] = [
    { name: 'unknown event', method: 'get', path: '/api/events/424242', status: 404, code: 'not_found' },
    { name: 'unknown article', method: 'get', path: '/api/articles/424242', status: 404, code: 'not_found' },
    { name: 'unknown route', method: 'get', path: '/api/nothing/here', status: 404, code: 'not_found' },
    {
      name: 'bad paging',
      method: 'get',
      path: '/api/events?limit=100000',
      status: 400,
      code: 'bad_parameter',
      field: 'limit'
    },
    {
      name: 'malformed JSON',
      method: 'post',
      path: '/api/events',
      raw: '{"title": ',
      status: 400,
      code: 'malformed_json'
    },
    {
      name: 'wrong type',
      method: 'post',
      path: '/api/events',
      data: { title: ['x'] },
      status: 422,
      code: 'validation_failed',
      field: 'title'
    },
    {
      name: 'article to unknown event',
      method: 'post',
      path: '/api/events/424242/articles',
      data: { text: 'Hi.' },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'article text wrong type',
      method: 'post',
      path: `/api/events/${eventId}/articles`,
      data: { text: 1 },
      status: 422,
      code: 'validation_failed',
      field: 'text'
    },
    {
      name: 'correction malformed JSON',
      method: 'post',
      path: `/api/events/${eventId}/corrections`,
      raw: '[',
      status: 400,
      code: 'malformed_json'
    },
    {
      name: 'correction wrong kind',
      method: 'post',
      path: `/api/events/${eventId}/corrections`,
      data: { kind: 7, author: 'Ana' },
      status: 422,
      code: 'validation_failed',
      field: 'kind'
    },
    {
      name: 'correction without author',
      method: 'post',
      path: `/api/events/${eventId}/corrections`,
      data: { kind: 'move', claim: ref, to: null },
      status: 422,
      code: 'validation_failed',
      field: 'author'
    },
    {
      name: 'undo unknown correction',
      method: 'post',
      path: `/api/events/${eventId}/corrections/424242/undo`,
      status: 404,
      code: 'not_found'
    },
    {
      name: 'undo unknown entry',
      method: 'post',
      path: '/api/audit/424242/undo',
      status: 404,
      code: 'not_found'
    }
  ];
  for (const c of bad) {
    const r =
      c.method === 'get'
        ? await request.get(c.path)
        : await request.post(c.path, {
            headers: {
              'content-type': 'application/json',
              'x-parallax-author': c.name.includes('without author') ? '' : 'Ana'
            },
            data: Buffer.from(c.raw ?? (c.data === undefined ? '' : JSON.stringify(c.data)))
          });
    const body = await r.json();
    expect({ name: c.name, status: r.status(), code: body.error?.code }).toEqual({
      name: c.name,
      status: c.status,
      code: c.code
    });
    if (c.field) expect({ name: c.name, field: body.error.field }).toEqual({ name: c.name, field: c.field });
  }
  expect(await counts(request, eventId)).toEqual(before);

  const ok = await request.post(`/api/events/${eventId}/corrections`, {
    data: { kind: 'claim-kind', claim: ref, to: 'non-claim', author: 'Ana', reason: 'a heading' }
  });
  expect(ok.status()).toBe(201);
  const correction = (await ok.json()).correction;
  expect(correction.status).toBe('applied');
  const undo = await request.post(`/api/events/${eventId}/corrections/${correction.id}/undo`, {
    data: { author: 'Ben' }
  });
  expect(undo.status()).toBe(200);
  const log = (await (await request.get(`/api/events/${eventId}/audit`)).json()).items;
  expect(log.map((e: { action: string }) => e.action).slice(0, 2)).toEqual([
    'correction.undo',
    'correction.add'
  ]);
});
