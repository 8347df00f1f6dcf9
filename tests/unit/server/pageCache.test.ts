// The page cache (src/lib/server/pageCache.ts): repeated GETs of the event page are answered from memory while the
// database revision is unchanged; everything else goes through to SvelteKit every time.
import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { pageCache } from '../../../src/lib/server/pageCache';

interface Call {
  path?: string;
  method?: string;
  route?: string | null;
  data?: boolean;
  revision?: string;
}

interface Answer {
  status?: number;
  type?: string;
  cookie?: boolean;
}

/** A handle under test with a resolve that counts its renders and numbers its bodies ("render 1", "render 2"...). */
function harness(answer: Answer = {}, size?: number) {
  const handle = pageCache(size);
  let renders = 0;
  const resolve = async () => {
    renders++;
    const headers = new Headers({
      'content-type': answer.type ?? 'text/html',
      etag: `"e${renders}"`
    });
    if (answer.cookie) headers.set('set-cookie', 'flash=1; Path=/');
    return new Response(`render ${renders}`, { status: answer.status ?? 200, headers });
  };
  const get = async ({
    path = '/events/1',
    method = 'GET',
    route = '/events/[id]',
    data = false,
    revision = '1:0'
  }: Call = {}) => {
    const url = new URL(`http://localhost${path}`);
    const event = {
      request: new Request(url, { method }),
      url,
      route: { id: route },
      isDataRequest: data,
      locals: { store: { revision: () => revision } }
    } as unknown as RequestEvent;
    const response = await handle({ event, resolve: resolve as never });
    return { body: await response.text(), etag: response.headers.get('etag') };
  };
  return { get, renders: () => renders };
}

describe('pageCache', () => {
  it.each<{ name: string; calls: Call[]; answer?: Answer; renders: number; last: string }>([
    { name: 'a repeated GET is rendered once', calls: [{}, {}, {}], renders: 1, last: 'render 1' },
    {
      name: 'a new revision renders again',
      calls: [{}, { revision: '2:0' }, { revision: '2:0' }],
      renders: 2,
      last: 'render 2'
    },
    {
      name: 'a page kept at an older revision is not served after a write',
      calls: [{}, { revision: '1:1' }, {}],
      renders: 3,
      last: 'render 3'
    },
    {
      name: 'each query string is its own page',
      calls: [{}, { path: '/events/1?rows=all' }, { path: '/events/1?rows=all' }, {}],
      renders: 2,
      last: 'render 1'
    },
    { name: 'each event is its own page', calls: [{}, { path: '/events/2' }], renders: 2, last: 'render 2' },
    {
      name: 'other routes are not cached',
      calls: [{ route: '/events/[id]/add' }, { route: '/events/[id]/add' }],
      renders: 2,
      last: 'render 2'
    },
    {
      name: 'unmatched paths are not cached',
      calls: [{ route: null }, { route: null }],
      renders: 2,
      last: 'render 2'
    },
    {
      name: 'form posts are not cached',
      calls: [{ method: 'POST' }, { method: 'POST' }],
      renders: 2,
      last: 'render 2'
    },
    {
      name: 'client-side navigation data is not cached',
      calls: [{ data: true }, { data: true }],
      renders: 2,
      last: 'render 2'
    },
    { name: 'a 404 is not kept', calls: [{}, {}], answer: { status: 404 }, renders: 2, last: 'render 2' },
    {
      name: 'a response that sets a cookie is not kept',
      calls: [{}, {}],
      answer: { cookie: true },
      renders: 2,
      last: 'render 2'
    },
    {
      name: 'a response other than HTML is not kept',
      calls: [{}, {}],
      answer: { type: 'application/json' },
      renders: 2,
      last: 'render 2'
    }
  ])('$name', async ({ calls, answer, renders, last }) => {
    const h = harness(answer);
    let body = '';
    for (const call of calls) body = (await h.get(call)).body;
    expect(h.renders()).toBe(renders);
    expect(body).toBe(last);
  });

  it('serves the kept ETag, so SvelteKit can still answer If-None-Match with 304', async () => {
    const h = harness();
    const first = await h.get();
    const second = await h.get();
    expect([first.etag, second.etag]).toEqual(['"e1"', '"e1"']);
  });

  it('keeps at most `size` pages, dropping the least recently used', async () => {
    const h = harness({}, 2);
    await h.get({ path: '/events/1' });
    await h.get({ path: '/events/2' });
    await h.get({ path: '/events/1' }); // used again: /events/2 is now the least recent
    await h.get({ path: '/events/3' }); // evicts /events/2
    expect(h.renders()).toBe(3);
    await h.get({ path: '/events/1' });
    expect(h.renders()).toBe(3);
    await h.get({ path: '/events/2' });
    expect(h.renders()).toBe(4);
  });
});
