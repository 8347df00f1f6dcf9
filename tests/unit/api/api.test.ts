import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

process.env.PARALLAX_DB = ':memory:';
process.env.PARALLAX_DEMO = '0';

const { getDb } = await import('../../../src/lib/server/store/sqlite/db');
const { runAnalysis } = await import('../../../src/lib/server/analysis/runAnalysis');
const { openApiDocument } = await import('../../../src/lib/server/api/openApiDocument');
const events = await import('../../../src/routes/api/events/+server');
const event = await import('../../../src/routes/api/events/[id]/+server');
const articles = await import('../../../src/routes/api/events/[id]/articles/+server');
const article = await import('../../../src/routes/api/articles/[id]/+server');
const articleClaims = await import('../../../src/routes/api/articles/[id]/claims/+server');
const claims = await import('../../../src/routes/api/events/[id]/claims/+server');
const groupsAlias = await import('../../../src/routes/api/events/[id]/groups/+server');
const groupAlias = await import('../../../src/routes/api/events/[id]/groups/[factId]/+server');
const facts = await import('../../../src/routes/api/events/[id]/facts/+server');
const fact = await import('../../../src/routes/api/events/[id]/facts/[factId]/+server');
const verdicts = await import('../../../src/routes/api/events/[id]/verdicts/+server');
const corrections = await import('../../../src/routes/api/events/[id]/corrections/+server');
const undoCorrection =
  await import('../../../src/routes/api/events/[id]/corrections/[correctionId]/undo/+server');
const audit = await import('../../../src/routes/api/events/[id]/audit/+server');
const undoEntry = await import('../../../src/routes/api/audit/[entryId]/undo/+server');
const notes = await import('../../../src/routes/api/events/[id]/notes/+server');
const openapi = await import('../../../src/routes/api/openapi.json/+server');
const { callRoute } = await import('./callRoute');

const count = (table: string) =>
  (getDb().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const snapshot = () => ['events', 'articles', 'corrections', 'audit_log', 'fact_notes'].map(count);

let eventId: number;
let articleIds: number[];
let anchors: string[];

beforeAll(async () => {
  const created = await callRoute(events.POST, {
    method: 'POST',
    path: '/api/events',
    body: { title: 'Albania cyberattack' }
  });
  eventId = created.body.id;
  articleIds = [];
  for (const [outlet, text] of [
    ['reuters.com', 'Albania cut diplomatic ties with Iran on Wednesday over a cyberattack in July.'],
    [
      'rt.com',
      'NATO sent cyber experts to Tirana on Thursday.\n\nAlbania expelled Iranian diplomats after the hack.'
    ]
  ]) {
    const r = await callRoute(articles.POST, {
      method: 'POST',
      path: `/api/events/${eventId}/articles`,
      params: { id: String(eventId) },
      body: { outlet, text }
    });
    articleIds.push(r.body.id);
  }
  runAnalysis(getDb(), eventId);
  const list = await callRoute(claims.GET, {
    path: `/api/events/${eventId}/claims?kind=claim`,
    params: { id: String(eventId) }
  });
  anchors = list.body.items.map((c: any) => `${c.articleId}:${c.start}-${c.end}`);
});

describe('API reads', () => {
  it('lists, gets and pages events', async () => {
    await callRoute(events.POST, { method: 'POST', path: '/api/events', body: { title: 'Second' } });
    const first = await callRoute(events.GET, { path: '/api/events?limit=1' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 2, limit: 1, offset: 0, next: '/api/events?limit=1&offset=1' });
    const second = await callRoute(events.GET, { path: first.body.next });
    expect(second.body.next).toBeNull();
    const one = await callRoute(event.GET, {
      path: `/api/events/${eventId}`,
      params: { id: String(eventId) }
    });
    expect(one.body).toMatchObject({ id: eventId, title: 'Albania cyberattack', articles: 2, outlets: 2 });
  });

  it('serves articles, claims, groups, verdicts and a group in full', async () => {
    const p = { id: String(eventId) };
    const list = await callRoute(articles.GET, { path: `/api/events/${eventId}/articles`, params: p });
    expect(list.body.items.map((a: any) => a.id).sort()).toEqual([...articleIds].sort());
    const one = await callRoute(article.GET, {
      path: `/api/articles/${articleIds[0]}`,
      params: { id: String(articleIds[0]) }
    });
    expect(one.body.text).toMatch(/^Albania cut/);
    const own = await callRoute(articleClaims.GET, {
      path: `/api/articles/${articleIds[1]}/claims`,
      params: { id: String(articleIds[1]) }
    });
    expect(own.body.items.every((c: any) => c.articleId === String(articleIds[1]))).toBe(true);
    expect(own.body.analysis.runId).toBeGreaterThan(0);
    const g = await callRoute(groupsAlias.GET, { path: `/api/events/${eventId}/groups?limit=1`, params: p });
    expect(g.body.items).toHaveLength(1);
    expect(g.body.total).toBeGreaterThan(1);
    const detail = await callRoute(groupAlias.GET, {
      path: '',
      params: { ...p, factId: g.body.items[0].id }
    });
    expect(detail.body.claims[0]).toHaveProperty('text');
    // /facts is the same list and the same fact under the name the pages use.
    const f = await callRoute(facts.GET, { path: `/api/events/${eventId}/facts?limit=1`, params: p });
    expect({ ...f.body, next: null }).toEqual({ ...g.body, next: null });
    const factDetail = await callRoute(fact.GET, { path: '', params: { ...p, factId: g.body.items[0].id } });
    expect(factDetail.body).toEqual(detail.body);
    const v = await callRoute(verdicts.GET, { path: `/api/events/${eventId}/verdicts`, params: p });
    expect(v.body.items[0]).toHaveProperty('outlets');
    // A fact's id under its name and, for clients of the first API, under `group`.
    expect(v.body.items[0].group).toBe(v.body.items[0].fact);
    expect(v.body.agreement).toHaveLength(1);
  });
});

interface ErrorCase {
  name: string;
  handler: () => any;
  call: Parameters<typeof callRoute>[1];
  status: number;
  code: string;
  field?: string;
}

const errorCases = (): ErrorCase[] => {
  const p = { id: String(eventId) };
  return [
    {
      name: 'unknown event',
      handler: () => event.GET,
      call: { path: '/api/events/999', params: { id: '999' } },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'non-numeric event id',
      handler: () => event.GET,
      call: { path: '/api/events/abc', params: { id: 'abc' } },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'unknown article',
      handler: () => article.GET,
      call: { path: '/api/articles/999', params: { id: '999' } },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'claims of an unknown article',
      handler: () => articleClaims.GET,
      call: { path: '', params: { id: '999' } },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'unknown group',
      handler: () => groupAlias.GET,
      call: { path: '', params: { ...p, factId: 'nope' } },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'groups of an unknown event',
      handler: () => groupsAlias.GET,
      call: { path: '', params: { id: '999' } },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'verdicts of an unknown event',
      handler: () => verdicts.GET,
      call: { path: '', params: { id: '999' } },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'audit of an unknown event',
      handler: () => audit.GET,
      call: { path: '', params: { id: '999' } },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'limit out of bounds',
      handler: () => events.GET,
      call: { path: '/api/events?limit=0' },
      status: 400,
      code: 'bad_parameter',
      field: 'limit'
    },
    {
      name: 'offset not a number',
      handler: () => claims.GET,
      call: { path: `/api/events/1/claims?offset=x`, params: p },
      status: 400,
      code: 'bad_parameter',
      field: 'offset'
    },
    {
      name: 'bad claim kind',
      handler: () => claims.GET,
      call: { path: `/api/events/1/claims?kind=fact`, params: p },
      status: 400,
      code: 'bad_parameter',
      field: 'kind'
    },
    {
      name: 'malformed JSON event',
      handler: () => events.POST,
      call: { method: 'POST', path: '/api/events', raw: '{"title": ' },
      status: 400,
      code: 'malformed_json'
    },
    {
      name: 'event title of the wrong type',
      handler: () => events.POST,
      call: { method: 'POST', path: '/api/events', body: { title: 5 } },
      status: 422,
      code: 'validation_failed',
      field: 'title'
    },
    {
      name: 'JSON array body',
      handler: () => events.POST,
      call: { method: 'POST', path: '/api/events', body: [] },
      status: 422,
      code: 'validation_failed',
      field: '(root)'
    },
    {
      name: 'not JSON at all',
      handler: () => events.POST,
      call: { method: 'POST', path: '/api/events', headers: { 'content-type': 'text/plain' } },
      status: 415,
      code: 'unsupported_media_type'
    },
    {
      name: 'article without text',
      handler: () => articles.POST,
      call: { method: 'POST', path: '', params: p, body: { outlet: 'bbc.co.uk' } },
      status: 422,
      code: 'validation_failed',
      field: 'text'
    },
    {
      name: 'article text of the wrong type',
      handler: () => articles.POST,
      call: { method: 'POST', path: '', params: p, body: { text: 42 } },
      status: 422,
      code: 'validation_failed',
      field: 'text'
    },
    {
      name: 'article to an unknown event',
      handler: () => articles.POST,
      call: { method: 'POST', path: '', params: { id: '999' }, body: { text: 'Hello there.' } },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'duplicate article',
      handler: () => articles.POST,
      call: {
        method: 'POST',
        path: '',
        params: p,
        body: {
          outlet: 'reuters.com',
          text: 'Albania cut diplomatic ties with Iran on Wednesday over a cyberattack in July.'
        }
      },
      status: 409,
      code: 'duplicate',
      field: 'text'
    },
    {
      name: 'malformed JSON correction',
      handler: () => corrections.POST,
      call: {
        method: 'POST',
        path: '',
        params: p,
        raw: '{kind: merge}',
        headers: { 'x-parallax-author': 'Ana' }
      },
      status: 400,
      code: 'malformed_json'
    },
    {
      name: 'correction without author',
      handler: () => corrections.POST,
      call: { method: 'POST', path: '', params: p, body: { kind: 'move', claim: '1:0-5', to: null } },
      status: 422,
      code: 'validation_failed',
      field: 'author'
    },
    {
      name: 'correction of an unknown kind',
      handler: () => corrections.POST,
      call: { method: 'POST', path: '', params: p, body: { kind: 'erase', author: 'Ana' } },
      status: 422,
      code: 'validation_failed',
      field: 'kind'
    },
    {
      name: 'correction with claims of the wrong type',
      handler: () => corrections.POST,
      call: { method: 'POST', path: '', params: p, body: { kind: 'merge', claims: 'x', author: 'Ana' } },
      status: 422,
      code: 'validation_failed',
      field: 'claims'
    },
    {
      name: 'correction naming a claim in another form',
      handler: () => corrections.POST,
      call: { method: 'POST', path: '', params: p, body: { kind: 'split', claims: [7], author: 'Ana' } },
      status: 422,
      code: 'validation_failed',
      field: 'claims[0]'
    },
    {
      name: 'correction with an unknown field',
      handler: () => corrections.POST,
      call: {
        method: 'POST',
        path: '',
        params: p,
        body: { kind: 'split', claims: ['1:0-4'], author: 'Ana', claimz: [] }
      },
      status: 422,
      code: 'validation_failed',
      field: 'claimz'
    },
    {
      name: 'event with an unknown field',
      handler: () => events.POST,
      call: { method: 'POST', path: '/api/events', body: { title: 'A', colour: 'red' } },
      status: 422,
      code: 'validation_failed',
      field: 'colour'
    },
    {
      name: 'article with a wrong-typed optional field',
      handler: () => articles.POST,
      call: { method: 'POST', path: '', params: p, body: { text: 'Hello there.', published: 2022 } },
      status: 422,
      code: 'validation_failed',
      field: 'published'
    },
    {
      name: 'note with an unknown field',
      handler: () => notes.POST,
      call: {
        method: 'POST',
        path: '',
        params: p,
        body: { claim: '1:0-5', body: 'x', author: 'Ana', to: 1 }
      },
      status: 422,
      code: 'validation_failed',
      field: 'to'
    },
    {
      name: 'correction naming an unknown claim',
      handler: () => corrections.POST,
      call: {
        method: 'POST',
        path: '',
        params: p,
        body: { kind: 'split', claims: ['999:0-4'], author: 'Ana' }
      },
      status: 404,
      code: 'not_found',
      field: 'claim'
    },
    {
      name: 'correction on an unknown event',
      handler: () => corrections.POST,
      call: {
        method: 'POST',
        path: '',
        params: { id: '999' },
        body: { kind: 'split', claims: ['1:0-4'], author: 'Ana' }
      },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'undo of an unknown correction',
      handler: () => undoCorrection.POST,
      call: {
        method: 'POST',
        path: '',
        params: { ...p, correctionId: '999' },
        headers: { 'x-parallax-author': 'Ana' }
      },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'undo of an unknown audit entry',
      handler: () => undoEntry.POST,
      call: { method: 'POST', path: '', params: { entryId: '999' }, headers: { 'x-parallax-author': 'Ana' } },
      status: 404,
      code: 'not_found'
    },
    {
      name: 'note without body',
      handler: () => notes.POST,
      call: { method: 'POST', path: '', params: p, body: { claim: '1:0-5', author: 'Ana' } },
      status: 422,
      code: 'validation_failed',
      field: 'body'
    }
  ];
};

describe('API errors: documented status, code and field, nothing changed', () => {
  it('answers every bad request with its error', async () => {
    for (const c of errorCases()) {
      const before = snapshot();
      const r = await callRoute(c.handler(), c.call);
      expect({ name: c.name, status: r.status, code: r.body?.error?.code }).toEqual({
        name: c.name,
        status: c.status,
        code: c.code
      });
      expect(typeof r.body.error.message).toBe('string');
      if (c.field)
        expect({ name: c.name, field: r.body.error.field }).toEqual({ name: c.name, field: c.field });
      expect(snapshot()).toEqual(before);
    }
  });
});

describe('API corrections and audit', () => {
  it('adds a correction, lists it as applied, undoes it once, and logs both', async () => {
    const p = { id: String(eventId) };
    const added = await callRoute(corrections.POST, {
      method: 'POST',
      path: '',
      params: p,
      body: { kind: 'merge', claims: anchors.slice(0, 2), reason: 'one fact', author: 'Ana' }
    });
    expect(added.status).toBe(201);
    expect(added.body.correction).toMatchObject({
      kind: 'merge',
      author: 'Ana',
      status: 'applied',
      reason: 'one fact'
    });
    const list = await callRoute(corrections.GET, { path: '', params: p });
    expect(list.body.items.at(-1).status).toBe('applied');
    const call = {
      method: 'POST',
      path: '',
      params: { ...p, correctionId: String(added.body.correction.id) },
      headers: { 'x-parallax-author': 'Ben' }
    };
    expect((await callRoute(undoCorrection.POST, call)).status).toBe(200);
    const again = await callRoute(undoCorrection.POST, call);
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
    const log = await callRoute(audit.GET, { path: `/api/events/${eventId}/audit`, params: p });
    expect(log.body.items.slice(0, 2).map((e: any) => [e.action, e.author])).toEqual([
      ['correction.undo', 'Ben'],
      ['correction.add', 'Ana']
    ]);
    const redo = await callRoute(undoEntry.POST, {
      method: 'POST',
      path: '',
      params: { entryId: String(log.body.items[0].id) },
      body: { author: 'Cleo' }
    });
    expect(redo.status).toBe(201);
    const after = await callRoute(corrections.GET, { path: '', params: p });
    expect(after.body.items.at(-1).status).toBe('applied');
  });

  it('refuses (409, naming the later entry) to undo an edit superseded by a later one; lists outlet edits', async () => {
    const { editArticle } = await import('../../../src/lib/server/store/sqlite/articleEdits');
    const { editOutlet } = await import('../../../src/lib/server/store/sqlite/outletEdits');
    const p = { id: String(eventId) };
    const first = editArticle(getDb(), articleIds[0], { title: 'First title' }, 'Ana')!;
    const second = editArticle(getDb(), articleIds[0], { title: 'Second title' }, 'Ben')!;
    const outletId = (
      getDb().prepare('SELECT outlet_id AS id FROM articles WHERE id = ?').get(articleIds[0]) as {
        id: number;
      }
    ).id;
    const renamed = editOutlet(getDb(), outletId, { country: 'UK' }, 'Ana').audit!;
    const before = snapshot();
    const refused = await callRoute(undoEntry.POST, {
      method: 'POST',
      path: '',
      params: { entryId: String(first.id) },
      body: { author: 'Cleo' }
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'conflict', field: 'entry' });
    expect(refused.body.error.message).toContain(`undo #${second.id} first`);
    expect(snapshot()).toEqual(before);
    const log = await callRoute(audit.GET, { path: `/api/events/${eventId}/audit`, params: p });
    const byId = new Map(log.body.items.map((e: any) => [e.id, e]));
    expect(byId.get(first.id)).toMatchObject({ supersededBy: second.id });
    expect(byId.get(second.id)).toMatchObject({ supersededBy: null });
    // The outlet edit has no event but shows in the event's log.
    expect(byId.get(renamed.id)).toMatchObject({ eventId: null, target: `outlet:${outletId}` });
    const undone = await callRoute(undoEntry.POST, {
      method: 'POST',
      path: '',
      params: { entryId: String(second.id) },
      body: { author: 'Cleo' }
    });
    expect(undone.status).toBe(201);
    const now = await callRoute(undoEntry.POST, {
      method: 'POST',
      path: '',
      params: { entryId: String(first.id) },
      body: { author: 'Cleo' }
    });
    expect(now.status).toBe(201);
  });

  it('keeps notes on facts', async () => {
    const p = { id: String(eventId) };
    const r = await callRoute(notes.POST, {
      method: 'POST',
      path: '',
      params: p,
      body: { claim: anchors[0], body: 'Check with the ministry', author: 'Ana' }
    });
    expect(r.status).toBe(201);
    const list = await callRoute(notes.GET, { path: '', params: p });
    expect(list.body.items.map((n: any) => n.body)).toContain('Check with the ministry');
  });
});

describe('OpenAPI description', () => {
  const apiDir = resolve(__dirname, '../../../src/routes/api');
  const routeFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const full = join(dir, f);
      return statSync(full).isDirectory() ? routeFiles(full) : f === '+server.ts' ? [full] : [];
    });
  const routes = routeFiles(apiDir)
    .map((f) => '/api/' + relative(apiDir, f).replace(/\/?\+server\.ts$/, ''))
    .filter((r) => !r.includes('[...'))
    .map((r) => r.replace(/\/$/, '').replace(/\[(\w+)\]/g, '{$1}'));

  it.each(routes)('describes %s with every method it serves', async (route) => {
    const file = resolve(apiDir, route.replace(/^\/api\/?/, '').replace(/\{(\w+)\}/g, '[$1]'), '+server.ts');
    const mod = await import(/* @vite-ignore */ file);
    const methods = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']
      .filter((m) => m in mod)
      .map((m) => m.toLowerCase());
    expect(Object.keys(openApiDocument.paths![route] ?? {}).sort()).toEqual(methods.sort());
  });

  it.each(Object.entries(openApiDocument.paths!))(
    'names %s, a route that serves every method it lists',
    async (path, item) => {
      const file = resolve(apiDir, path.replace(/^\/api\/?/, '').replace(/\{(\w+)\}/g, '[$1]'), '+server.ts');
      const mod = await import(/* @vite-ignore */ file);
      const listed = Object.keys(item!).map((m) => m.toUpperCase());
      expect(listed.filter((m) => typeof mod[m] !== 'function')).toEqual([]);
    }
  );

  it('is served as JSON at /api/openapi.json', async () => {
    const r = await callRoute(openapi.GET, { path: '/api/openapi.json' });
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toHaveLength(routes.length);
  });
});
