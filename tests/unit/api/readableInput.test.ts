// One rule for text everywhere (issue 12, items 7 and 8): control characters and invalid UTF-8 are 422 naming the
// field, wrong-typed or over-long fields are 422 (never dropped or cut), and a cross-site form body sent to
// /api/* is refused in the API's error shape. The CLI's import gives exit 2 on the same input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

process.env.PARALLAX_DB = ':memory:';
process.env.PARALLAX_DEMO = '0';

const { getDb } = await import('../../../src/lib/server/store/sqlite/db');
const events = await import('../../../src/routes/api/events/+server');
const articles = await import('../../../src/routes/api/events/[id]/articles/+server');
const notes = await import('../../../src/routes/api/events/[id]/notes/+server');
const outlet = await import('../../../src/routes/api/outlets/[id]/+server');
const { csrfHandle } = await import('../../../src/lib/server/auth/csrfHandle');
const { appStore } = await import('../../../src/lib/server/store/appStore');

const count = (table: string) =>
  (getDb().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const snapshot = () => ['events', 'articles', 'outlets', 'fact_notes', 'audit_log'].map(count);

type Handler = (event: never) => Response | Promise<Response>;

/** Calls a route with a body given as bytes (so invalid UTF-8 can be sent as it would arrive). */
async function call(handler: Handler, method: string, params: Record<string, string>, body: Uint8Array) {
  const url = new URL('http://localhost/api');
  const request = new Request(url, {
    method,
    headers: { 'content-type': 'application/json', 'x-parallax-author': 'Ana' },
    body: body as Uint8Array<ArrayBuffer>
  });
  const response = await (handler as (e: unknown) => Promise<Response>)({
    request,
    url,
    params,
    cookies: { get: () => undefined },
    locals: { store: appStore() }
  });
  return { status: response.status, body: await response.json() };
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
/** The JSON of `value` with the string "@@" replaced by the bytes 0xC3 0x28 (not UTF-8). */
const invalidUtf8 = (value: unknown) => {
  const [before, after] = JSON.stringify(value).split('@@');
  return Uint8Array.from([
    ...new TextEncoder().encode(before),
    0xc3,
    0x28,
    ...new TextEncoder().encode(after)
  ]);
};

let eventId: number;
let outletId: number;
let claimRef: string;
beforeAll(async () => {
  eventId = (await call(events.POST as Handler, 'POST', {}, json({ title: 'Readable input' }))).body.id;
  const added = await call(
    articles.POST as Handler,
    'POST',
    { id: String(eventId) },
    json({ outlet: 'readable.example', text: 'The council met on Monday.' })
  );
  outletId = added.body.outlet.id;
  claimRef = `${added.body.id}:0-26`;
});

const cases: {
  name: string;
  route: () => [Handler, string, Record<string, string>];
  body: () => Uint8Array;
  field: string;
}[] = [
  {
    name: 'event title with NUL',
    route: () => [events.POST as Handler, 'POST', {}],
    body: () => json({ title: 'Fire\u0000' }),
    field: 'title'
  },
  {
    name: 'event title with ESC',
    route: () => [events.POST as Handler, 'POST', {}],
    body: () => json({ title: 'Fire \u001b[31m' }),
    field: 'title'
  },
  {
    name: 'event title, invalid UTF-8',
    route: () => [events.POST as Handler, 'POST', {}],
    body: () => invalidUtf8({ title: 'Fire @@' }),
    field: 'title'
  },
  {
    name: 'description with NUL',
    route: () => [events.POST as Handler, 'POST', {}],
    body: () => json({ title: 'Fire', description: 'a\u0000b' }),
    field: 'description'
  },
  {
    name: 'description, invalid UTF-8',
    route: () => [events.POST as Handler, 'POST', {}],
    body: () => invalidUtf8({ title: 'Fire', description: 'x @@' }),
    field: 'description'
  },
  {
    name: 'description not text',
    route: () => [events.POST as Handler, 'POST', {}],
    body: () => json({ title: 'Fire', description: 42 }),
    field: 'description'
  },
  {
    name: 'description over 5,000 characters',
    route: () => [events.POST as Handler, 'POST', {}],
    body: () => json({ title: 'Fire', description: 'x'.repeat(5001) }),
    field: 'description'
  },
  {
    name: 'unknown event field',
    route: () => [events.POST as Handler, 'POST', {}],
    body: () => json({ title: 'Fire', colour: 'red' }),
    field: 'colour'
  },
  {
    name: 'outlet name with NUL',
    route: () => [articles.POST as Handler, 'POST', { id: String(eventId) }],
    body: () => json({ outlet: 'Daily\u0000News', text: 'A fire broke out.' }),
    field: 'outlet'
  },
  {
    name: 'outlet name, invalid UTF-8',
    route: () => [articles.POST as Handler, 'POST', { id: String(eventId) }],
    body: () => invalidUtf8({ outlet: 'Daily @@', text: 'A fire broke out.' }),
    field: 'outlet'
  },
  {
    name: 'article title with BEL',
    route: () => [articles.POST as Handler, 'POST', { id: String(eventId) }],
    body: () => json({ outlet: 'x.example', title: 'Fire\u0007', text: 'A fire broke out.' }),
    field: 'title'
  },
  {
    name: 'article title, invalid UTF-8',
    route: () => [articles.POST as Handler, 'POST', { id: String(eventId) }],
    body: () => invalidUtf8({ outlet: 'x.example', title: 'Fire @@', text: 'A fire broke out.' }),
    field: 'title'
  },
  {
    name: 'article text, invalid UTF-8',
    route: () => [articles.POST as Handler, 'POST', { id: String(eventId) }],
    body: () => invalidUtf8({ outlet: 'x.example', text: 'A fire @@ broke out.' }),
    field: 'text'
  },
  {
    name: 'unknown article field',
    route: () => [articles.POST as Handler, 'POST', { id: String(eventId) }],
    body: () => json({ outlet: 'x.example', text: 'A fire.', colour: 'red' }),
    field: 'colour'
  },
  {
    name: 'note with NUL',
    route: () => [notes.POST as Handler, 'POST', { id: String(eventId) }],
    body: () => json({ claim: claimRef, body: 'check\u0000' }),
    field: 'body'
  },
  {
    name: 'note, invalid UTF-8',
    route: () => [notes.POST as Handler, 'POST', { id: String(eventId) }],
    body: () => invalidUtf8({ claim: claimRef, body: 'check @@' }),
    field: 'body'
  },
  {
    name: 'outlet rename with NUL',
    route: () => [outlet.PATCH as Handler, 'PATCH', { id: String(outletId) }],
    body: () => json({ name: 'Readable\u0000' }),
    field: 'name'
  },
  {
    name: 'outlet rename, invalid UTF-8',
    route: () => [outlet.PATCH as Handler, 'PATCH', { id: String(outletId) }],
    body: () => invalidUtf8({ name: 'Readable @@' }),
    field: 'name'
  }
];

describe('API text fields', () => {
  it.each(cases)('$name: 422 on $field, nothing stored', async ({ route, body, field }) => {
    const before = snapshot();
    const [handler, method, params] = route();
    const r = await call(handler, method, params, body());
    expect({ status: r.status, code: r.body.error?.code, field: r.body.error?.field }).toEqual({
      status: 422,
      code: 'validation_failed',
      field
    });
    expect(snapshot()).toEqual(before);
  });

  it('keeps tabs and line breaks in a description, and a long one whole', async () => {
    const description = 'Line one\n\tline two ' + 'x'.repeat(4900);
    const r = await call(events.POST as Handler, 'POST', {}, json({ title: 'Whole', description }));
    expect(r.status).toBe(201);
    expect(r.body.description).toBe(description);
  });
});

describe('cross-site form bodies to the API', () => {
  it.each([
    ['text/plain', '/api/events'],
    ['application/x-www-form-urlencoded', '/api/events'],
    ['multipart/form-data; boundary=x', '/api/outlets/1']
  ])('%s to %s: 403 in the API error shape', async (type, path) => {
    const url = new URL('http://localhost' + path);
    const request = new Request(url, { method: 'POST', headers: { 'content-type': type }, body: 'title=x' });
    let reached = false;
    const response = await csrfHandle({
      event: { request, url } as never,
      resolve: async () => ((reached = true), new Response('ok'))
    });
    expect(reached).toBe(false);
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('forbidden');
  });

  it('lets a same-origin form post and any JSON body through', async () => {
    for (const [type, origin] of [
      ['application/x-www-form-urlencoded', 'http://localhost'],
      ['application/json', null]
    ] as const) {
      const url = new URL('http://localhost/events/new');
      const headers: Record<string, string> = { 'content-type': type };
      if (origin) headers.origin = origin;
      const request = new Request(url, { method: 'POST', headers, body: '{}' });
      const response = await csrfHandle({
        event: { request, url } as never,
        resolve: async () => new Response('ok')
      });
      expect(response.status).toBe(200);
    }
  });
});

describe('parallax import', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'parallax-readable-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bin = resolve(__dirname, '../../../bin/parallax.js');

  it.each([
    [
      'a NUL in the event title',
      Buffer.from(
        JSON.stringify({
          event: { title: 'Fire\u0000' },
          articles: [{ id: '1', outlet: 'a.example', text: 'A fire broke out.' }]
        })
      ),
      /title/
    ],
    [
      'invalid UTF-8 in an outlet name',
      Buffer.concat([
        Buffer.from('{"event":{"title":"Fire"},"articles":[{"id":"1","outlet":"a'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('","text":"A fire broke out."}]}')
      ]),
      /outlet/
    ]
  ])('exits 2 on %s and stores nothing', (_, bytes, field) => {
    const file = join(dir, `in-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, bytes);
    const db = join(dir, 'cli.sqlite');
    const r = spawnSync(process.execPath, [bin, 'import', file, '--db', db], {
      encoding: 'utf8',
      timeout: 60_000
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(field);
  });
});
