import { describe, expect, it } from 'vitest';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import {
  editOutlet,
  getOutletDetails,
  listAuditForTarget,
  listOutletDetails,
  undoAuditEntry
} from '../../../src/lib/server/corrections';
import { listOwners, outletsOfOwner } from '../../../src/lib/server/store/sqlite/outletEdits';
import { openDatabase, type Db } from '../../../src/lib/server/store/sqlite/db';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';
import { outletOwnersOfEvent, resolveOutlet } from '../../../src/lib/server/store/sqlite/outlets';
import { ValidationError } from '../../../src/lib/server/ValidationError';

function setUp(): { db: Db; eventId: number; ids: Record<string, number> } {
  const db = openDatabase(':memory:');
  const eventId = createEvent(db, { title: 'Owners' }).id;
  const ids: Record<string, number> = {};
  for (const [outlet, text] of [
    ['dailyx.example', 'The bridge closed on Monday after cracks were found.'],
    ['eveningy.example', 'Engineers found cracks in the bridge, which closed on Monday.'],
    ['ria.ru', 'The bridge was closed on Monday, officials said.']
  ]) {
    const id = addArticle(db, eventId, { outlet, text, source: 'paste' }).id;
    ids[outlet] = (
      db.prepare('SELECT outlet_id AS id FROM articles WHERE id = ?').get(id) as { id: number }
    ).id;
  }
  return { db, eventId, ids };
}

describe('outlet owner', () => {
  it('known outlets get their owner when first seen; others start without one', () => {
    const { db, ids } = setUp();
    expect(getOutletDetails(db, ids['ria.ru'])!.owner).toBe('Rossiya Segodnya');
    expect(getOutletDetails(db, ids['dailyx.example'])!.owner).toBeNull();
    expect(resolveOutlet(db, { url: 'https://www.politico.eu/article/x' }).owner).toBe('Axel Springer SE');
  });

  it.each([
    { input: '  Example Media Group  ', stored: 'Example Media Group' },
    { input: 'Example   Media\tGroup', stored: 'Example Media Group' },
    { input: 'x'.repeat(200), stored: 'x'.repeat(200) },
    { input: '', stored: null },
    { input: '   ', stored: null },
    { input: null, stored: null }
  ])('stores owner $input as $stored', ({ input, stored }) => {
    const { db, ids } = setUp();
    editOutlet(db, ids['dailyx.example'], { owner: 'Someone' }, 'Ana');
    editOutlet(db, ids['dailyx.example'], { owner: input }, 'Ana');
    expect(getOutletDetails(db, ids['dailyx.example'])!.owner).toBe(stored);
  });

  it.each([
    { input: 'x'.repeat(201), message: /owner is too long \(200 characters at most\)/ },
    { input: 42, message: /owner must be text/ },
    { input: ['A'], message: /owner must be text/ }
  ])('refuses owner $input with a clear error and changes nothing', ({ input, message }) => {
    const { db, ids } = setUp();
    const before = listAuditForTarget(db, `outlet:${ids['ria.ru']}`).items.length;
    expect(() => editOutlet(db, ids['ria.ru'], { owner: input }, 'Ana')).toThrow(ValidationError);
    expect(() => editOutlet(db, ids['ria.ru'], { owner: input }, 'Ana')).toThrow(message);
    expect(getOutletDetails(db, ids['ria.ru'])!.owner).toBe('Rossiya Segodnya');
    expect(listAuditForTarget(db, `outlet:${ids['ria.ru']}`).items.length).toBe(before);
  });

  it('an owner edit is audited, listed, and undone (and the undo redone)', () => {
    const { db, eventId, ids } = setUp();
    const x = ids['dailyx.example'];
    const { audit } = editOutlet(db, x, { owner: 'rossiya segodnya', reason: 'same group' }, 'Ana');
    expect(audit).toMatchObject({
      action: 'outlet.edit',
      target: `outlet:${x}`,
      before: { owner: null },
      after: { owner: 'rossiya segodnya' },
      reason: 'same group'
    });
    // Owners match case-insensitively across outlets.
    expect(outletsOfOwner(db, 'Rossiya Segodnya', ids['ria.ru'])).toEqual([{ id: x, name: 'Dailyx' }]);
    expect(listOwners(db)).toHaveLength(1);
    expect(outletOwnersOfEvent(db, eventId)).toEqual({
      Dailyx: 'rossiya segodnya',
      'RIA Novosti': 'Rossiya Segodnya'
    });
    expect(listOutletDetails(db).items.find((o) => o.id === x)!.owner).toBe('rossiya segodnya');

    const undo = undoAuditEntry(db, audit!.id, 'Ben');
    expect(getOutletDetails(db, x)!.owner).toBeNull();
    expect(undo.entry).toMatchObject({ undoes: audit!.id, before: { owner: 'rossiya segodnya' } });
    expect(outletOwnersOfEvent(db, eventId)).toEqual({ 'RIA Novosti': 'Rossiya Segodnya' });

    undoAuditEntry(db, undo.entry.id, 'Ben');
    expect(getOutletDetails(db, x)!.owner).toBe('rossiya segodnya');
  });

  it('an edit that leaves the owner as it was records nothing', () => {
    const { db, ids } = setUp();
    expect(editOutlet(db, ids['ria.ru'], { owner: ' Rossiya Segodnya ' }, 'Ana').audit).toBeNull();
  });
});
