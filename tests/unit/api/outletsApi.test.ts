import { beforeAll, describe, expect, it } from 'vitest';

process.env.PARALLAX_DB = ':memory:';
process.env.PARALLAX_DEMO = '0';

const { getDb } = await import('../../../src/lib/server/store/sqlite/db');
const { createEvent } = await import('../../../src/lib/server/store/sqlite/events');
const { addArticle } = await import('../../../src/lib/server/store/sqlite/articles');
const { openApiDocument } = await import('../../../src/lib/server/api/openApiDocument');
const outlets = await import('../../../src/routes/api/outlets/+server');
const outlet = await import('../../../src/routes/api/outlets/[id]/+server');
const undoEntry = await import('../../../src/routes/api/audit/[entryId]/undo/+server');
const { callRoute } = await import('./callRoute');

let outletId: number;
const auditRows = () => (getDb().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

beforeAll(() => {
  const db = getDb();
  const eventId = createEvent(db, { title: 'Bridge closure' }).id;
  const article = addArticle(db, eventId, {
    outlet: 'dailyx.example',
    text: 'The bridge closed on Monday.',
    source: 'paste'
  });
  outletId = (
    db.prepare('SELECT outlet_id AS id FROM articles WHERE id = ?').get(article.id) as { id: number }
  ).id;
});

describe('/api/outlets', () => {
  it('lists outlets with their owner', async () => {
    const res = await callRoute(outlets.GET, { path: '/api/outlets' });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ id: outletId, name: 'Dailyx', owner: null, articles: 1, events: 1 })
    ]);
  });

  it('PATCH sets the owner (audited), GET shows it, undo through /api/audit clears it', async () => {
    const path = `/api/outlets/${outletId}`;
    const params = { id: String(outletId) };
    const res = await callRoute(outlet.PATCH, {
      method: 'PATCH',
      path,
      params,
      body: { owner: '  Example Media Group ', author: 'Ana' }
    });
    expect(res.status).toBe(200);
    expect(res.body.outlet.owner).toBe('Example Media Group');
    expect(res.body.entry).toMatchObject({ action: 'outlet.edit', after: { owner: 'Example Media Group' } });
    expect((await callRoute(outlet.GET, { path, params })).body.owner).toBe('Example Media Group');

    const undo = await callRoute(undoEntry.POST, {
      method: 'POST',
      path: `/api/audit/${res.body.entry.id}/undo`,
      params: { entryId: String(res.body.entry.id) },
      body: { author: 'Ben' }
    });
    expect(undo.status).toBe(201);
    expect((await callRoute(outlet.GET, { path, params })).body.owner).toBeNull();
  });

  it.each([
    { body: { owner: 'x'.repeat(201), author: 'Ana' }, status: 422, field: 'owner', message: /too long/ },
    { body: { owner: 7, author: 'Ana' }, status: 422, field: 'owner', message: /must be text/ },
    { body: { ownr: 'Typo', author: 'Ana' }, status: 422, field: 'ownr', message: /Unknown field "ownr"/ },
    { body: { owner: 'Example' }, status: 422, field: 'author', message: /name/i }
  ])('refuses $body with $status on $field, storing nothing', async ({ body, status, field, message }) => {
    const before = auditRows();
    const res = await callRoute(outlet.PATCH, {
      method: 'PATCH',
      path: `/api/outlets/${outletId}`,
      params: { id: String(outletId) },
      body
    });
    expect(res.status).toBe(status);
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.message).toMatch(message);
    expect(auditRows()).toBe(before);
  });

  it('404 for an unknown outlet', async () => {
    const res = await callRoute(outlet.PATCH, {
      method: 'PATCH',
      path: '/api/outlets/999',
      params: { id: '999' },
      body: { owner: 'X', author: 'Ana' }
    });
    expect(res.status).toBe(404);
  });

  it('the OpenAPI document describes the outlet routes and the owner field', () => {
    const doc = openApiDocument;
    expect(Object.keys(doc.paths!['/api/outlets/{id}'])).toEqual(['get', 'patch']);
    expect(doc.components!.schemas!.Outlet).toMatchObject({
      properties: { owner: { type: ['string', 'null'] } }
    });
  });
});
