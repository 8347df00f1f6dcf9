import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/lib/analysis/types';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import { runAnalysis } from '../../../src/lib/server/analysis/runAnalysis';
import {
  addCorrection,
  addNote,
  correctedAnalysis,
  editArticle,
  editOutlet,
  getOutletDetails,
  listAudit,
  listAuditForTarget,
  listNotes,
  mergeOutlets,
  removeArticle,
  undoAuditEntry
} from '../../../src/lib/server/corrections';
import { openDatabase, type Db } from '../../../src/lib/server/store/sqlite/db';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';
import { ValidationError } from '../../../src/lib/server/ValidationError';

const TEXTS = [
  {
    outlet: 'reuters.com',
    text: 'Albania cut diplomatic ties with Iran on Wednesday over a cyberattack in July.\n\nNATO condemned the attack on its member.'
  },
  {
    outlet: 'rt.com',
    text: 'A NATO delegation of cyber experts arrived in Tirana on Thursday.\n\nAlbania expelled Iranian diplomats after the hack.'
  }
];
const THIRD = {
  outlet: 'bbc.co.uk',
  text: 'Iranian diplomats left Tirana after Albania severed relations.\n\nThe alliance sent experts to help.'
};

function setUp(): { db: Db; eventId: number; articleIds: number[] } {
  const db = openDatabase(':memory:');
  const eventId = createEvent(db, { title: 'Albania cyberattack' }).id;
  const articleIds = TEXTS.map((t) => addArticle(db, eventId, { ...t, source: 'paste' }).id);
  runAnalysis(db, eventId);
  return { db, eventId, articleIds };
}

const claimsOf = (r: AnalysisResult, articleId: number) =>
  r.articles.find((a) => a.id === String(articleId))!.claims.filter((c) => c.kind === 'claim');
const factOf = (r: AnalysisResult, claimId: string) => r.facts.find((g) => g.claims.includes(claimId));
const ref = (c: { articleId: string; start: number; end: number }) => `${c.articleId}:${c.start}-${c.end}`;
const findByRef = (r: AnalysisResult, anchor: string) =>
  r.articles.flatMap((a) => a.claims).find((c) => ref(c) === anchor)!;

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('corrections stored as constraints', () => {
  it('a merge survives re-analysis after another article is added, and goes stale when its article is removed', () => {
    const { db, eventId, articleIds } = setUp();
    const before = correctedAnalysis(db, eventId)!;
    const a = claimsOf(before.result, articleIds[0])[0];
    const b = claimsOf(before.result, articleIds[1]).find(
      (c) => factOf(before.result, c.id) !== factOf(before.result, a.id)
    )!;
    const { correction, audit } = addCorrection(
      db,
      eventId,
      { kind: 'merge', claims: [ref(a), ref(b)], reason: 'same fact' },
      'Ana'
    );
    expect(audit).toMatchObject({ action: 'correction.add', author: 'Ana', reason: 'same fact' });

    const check = () => {
      const now = correctedAnalysis(db, eventId)!;
      const ga = factOf(now.result, findByRef(now.result, ref(a)).id)!;
      expect(ga.claims).toContain(findByRef(now.result, ref(b)).id);
      expect(now.applied).toEqual([String(correction.id)]);
      return now;
    };
    check();
    addArticle(db, eventId, { ...THIRD, source: 'paste' });
    const run = runAnalysis(db, eventId);
    expect(run.articlesTotal).toBe(3);
    expect(check().result.articles).toHaveLength(3);

    removeArticle(db, articleIds[1], 'Ana', 'duplicate story');
    // Left out at once, before the re-analysis has run…
    const pending = correctedAnalysis(db, eventId)!;
    expect(pending.result.articles.map((a) => a.id)).not.toContain(String(articleIds[1]));
    expect(pending.stale.map((s) => s.id)).toEqual([String(correction.id)]);
    // …and after it.
    runAnalysis(db, eventId);
    const after = correctedAnalysis(db, eventId)!;
    expect(after.applied).toEqual([]);
    expect(after.stale).toEqual([
      { id: String(correction.id), reason: `Article ${articleIds[1]} is no longer in the event.` }
    ]);
  });

  it('undo of a correction is a new entry; undoing the undo re-applies it; an entry is undone only once', () => {
    const { db, eventId, articleIds } = setUp();
    const r = correctedAnalysis(db, eventId)!.result;
    const claim = claimsOf(r, articleIds[0])[0];
    const { audit } = addCorrection(
      db,
      eventId,
      { kind: 'claim-kind', claim: ref(claim), to: 'non-claim' },
      'Ana'
    );
    const kindNow = () => findByRef(correctedAnalysis(db, eventId)!.result, ref(claim)).kind;
    expect(kindNow()).toBe('non-claim');
    const undo = undoAuditEntry(db, audit.id, 'Ben', 'was right');
    expect(undo.entry).toMatchObject({ action: 'correction.undo', undoes: audit.id, author: 'Ben' });
    expect(kindNow()).toBe('claim');
    expect(() => undoAuditEntry(db, audit.id, 'Ben')).toThrow(/already undone/);
    undoAuditEntry(db, undo.entry.id, 'Cleo');
    expect(kindNow()).toBe('non-claim');
    const log = listAudit(db, eventId);
    expect(log.items.map((e) => e.action)).toEqual(['correction.add', 'correction.undo', 'correction.add']);
    expect(log.items[2].undoneBy).toBe(log.items[1].id);
  });

  it('the audit log is append-only', () => {
    const { db, eventId, articleIds } = setUp();
    const claim = claimsOf(correctedAnalysis(db, eventId)!.result, articleIds[0])[0];
    addCorrection(db, eventId, { kind: 'move', claim: ref(claim), to: null }, 'Ana');
    expect(() => db.prepare("UPDATE audit_log SET author = 'Mallory'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(listAudit(db, eventId).items[0].author).toBe('Ana');
  });
});

describe('bad corrections are refused with the field, nothing stored', () => {
  const cases: { name: string; input: unknown; author?: string; field: string }[] = [
    { name: 'no author', input: { kind: 'move', claim: 'X', to: null }, author: ' ', field: 'author' },
    { name: 'unknown kind', input: { kind: 'delete' }, field: 'kind' },
    { name: 'not an object', input: [1, 2], field: '(root)' },
    { name: 'malformed claim', input: { kind: 'move', claim: 'abc', to: null }, field: 'claim' },
    { name: 'merge of one claim', input: { kind: 'merge', claims: ['1:0-5'] }, field: 'claims' },
    {
      name: 'unknown verdict',
      input: { kind: 'verdict', claim: '1:0-5', outlet: 'RT', verdict: 'maybe' },
      field: 'verdict'
    },
    { name: 'article of another event', input: { kind: 'move', claim: '999:0-5', to: null }, field: 'claim' },
    { name: 'span that is not a sentence', input: { kind: 'split', claims: ['ART:1-4'] }, field: 'claim' },
    {
      name: 'reason of the wrong type',
      input: { kind: 'move', claim: 'ART:0-5', to: null, reason: 5 },
      field: 'reason'
    }
  ];
  it.each(cases)('$name -> $field', ({ input, author, field }) => {
    const { db, eventId, articleIds } = setUp();
    const fixed = JSON.parse(JSON.stringify(input).replaceAll('ART', String(articleIds[0])));
    const [corrections, audit] = [count(db, 'corrections'), count(db, 'audit_log')];
    let error: unknown;
    try {
      addCorrection(db, eventId, fixed, author ?? 'Ana');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect([count(db, 'corrections'), count(db, 'audit_log')]).toEqual([corrections, audit]);
  });
});

describe('outlet, article and note edits with undo', () => {
  it('edits an outlet and undoes the edit', () => {
    const { db, articleIds } = setUp();
    const outletId = (
      db.prepare('SELECT outlet_id AS id FROM articles WHERE id = ?').get(articleIds[1]) as { id: number }
    ).id;
    const { audit } = editOutlet(
      db,
      outletId,
      { name: 'RT (state media)', kind: 'state media', country: 'Russia' },
      'Ana'
    );
    expect(getOutletDetails(db, outletId)).toMatchObject({ name: 'RT (state media)', kind: 'state media' });
    expect(audit!.before).toEqual({ name: 'RT', country: 'RU' });
    undoAuditEntry(db, audit!.id, 'Ben');
    expect(getOutletDetails(db, outletId)).toMatchObject({
      name: 'RT',
      kind: 'state media',
      country: 'RU'
    });
    expect(() => editOutlet(db, outletId, { kind: 'blog' }, 'Ana')).toThrow(ValidationError);
  });

  it('merges two outlets (articles move) and undoes the merge (they move back)', () => {
    const { db, articleIds } = setUp();
    const outletOf = (id: number) =>
      (db.prepare('SELECT outlet_id AS id FROM articles WHERE id = ?').get(id) as { id: number }).id;
    const [from, into] = [outletOf(articleIds[1]), outletOf(articleIds[0])];
    const entry = mergeOutlets(db, from, into, 'Ana', 'same owner');
    expect(outletOf(articleIds[1])).toBe(into);
    expect(getOutletDetails(db, from)!.merged_into).toBe(into);
    undoAuditEntry(db, entry.id, 'Ana');
    expect(outletOf(articleIds[1])).toBe(from);
    expect(getOutletDetails(db, from)!.merged_into).toBeNull();
    expect(listAuditForTarget(db, `outlet:${from}`).items.map((e) => e.action)).toEqual([
      'outlet.unmerge',
      'outlet.merge'
    ]);
    expect(() => mergeOutlets(db, from, from, 'Ana')).toThrow(/itself/);
  });

  it('edits article metadata, removes and restores an article', () => {
    const { db, eventId, articleIds } = setUp();
    const edit = editArticle(
      db,
      articleIds[0],
      { title: 'Albania cuts ties', published: '2022-09-07' },
      'Ana'
    )!;
    expect(edit.before).toMatchObject({ published_at: null });
    expect(edit.after).toMatchObject({ title: 'Albania cuts ties', published_at: '2022-09-07' });
    const removal = removeArticle(db, articleIds[0], 'Ana');
    const listed = () =>
      (
        db
          .prepare('SELECT count(*) AS n FROM articles WHERE event_id = ? AND removed_at IS NULL')
          .get(eventId) as { n: number }
      ).n;
    expect(listed()).toBe(1);
    undoAuditEntry(db, removal.id, 'Ana');
    expect(listed()).toBe(2);
    expect(() => editArticle(db, articleIds[0], { published: 'yesterday-ish' }, 'Ana')).toThrow(
      ValidationError
    );
  });

  it('keeps notes on a fact and removes one by undo', () => {
    const { db, eventId, articleIds } = setUp();
    const claim = claimsOf(correctedAnalysis(db, eventId)!.result, articleIds[0])[0];
    const entry = addNote(db, eventId, ref(claim), 'Check the date with the ministry.', 'Ana');
    expect(listNotes(db, eventId, [ref(claim)]).map((n) => n.body)).toEqual([
      'Check the date with the ministry.'
    ]);
    undoAuditEntry(db, entry.id, 'Ana');
    expect(listNotes(db, eventId)).toEqual([]);
    expect(() => addNote(db, eventId, ref(claim), '  ', 'Ana')).toThrow(/Write the note/);
  });
});
