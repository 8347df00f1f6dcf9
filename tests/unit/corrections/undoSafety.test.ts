// Undo never silently discards a later change: for every undoable entry type, undoing an entry while a later
// change to the same fields is in effect is refused (conflict) and names the entry to undo first.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/lib/analysis/types';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import { runAnalysis } from '../../../src/lib/server/analysis/runAnalysis';
import { listAudit } from '../../../src/lib/server/store/sqlite/auditLog';
import { editArticle, removeArticle } from '../../../src/lib/server/store/sqlite/articleEdits';
import { addCorrection, correctedAnalysis } from '../../../src/lib/server/store/sqlite/corrections';
import { addNote } from '../../../src/lib/server/store/sqlite/factNotes';
import { editOutlet, mergeOutlets } from '../../../src/lib/server/store/sqlite/outletEdits';
import { undoAuditEntry, undoBlockers } from '../../../src/lib/server/store/sqlite/undoAuditEntry';
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

interface Ctx {
  db: Db;
  eventId: number;
  articleIds: number[];
  outletOf: (articleId: number) => number;
  claimRefs: (articleIndex: number) => string[];
}

function setUp(): Ctx {
  const db = openDatabase(':memory:');
  const eventId = createEvent(db, { title: 'Albania cyberattack' }).id;
  const articleIds = TEXTS.map((t) => addArticle(db, eventId, { ...t, source: 'paste' }).id);
  runAnalysis(db, eventId);
  const result = (): AnalysisResult => correctedAnalysis(db, eventId)!.result;
  return {
    db,
    eventId,
    articleIds,
    outletOf: (id) =>
      (db.prepare('SELECT outlet_id AS id FROM articles WHERE id = ?').get(id) as { id: number }).id,
    claimRefs: (i) =>
      result()
        .articles.find((a) => a.id === String(articleIds[i]))!
        .claims.filter((c) => c.kind === 'claim')
        .map((c) => `${c.articleId}:${c.start}-${c.end}`)
  };
}

/** Reads the state the undo must not touch when refused. */
const snapshot = (db: Db) =>
  JSON.stringify([
    db.prepare('SELECT * FROM articles ORDER BY id').all(),
    db.prepare('SELECT * FROM outlets ORDER BY id').all(),
    db.prepare('SELECT * FROM corrections ORDER BY id').all(),
    db.prepare('SELECT * FROM fact_notes ORDER BY id').all(),
    db.prepare('SELECT count(*) AS n FROM audit_log').get()
  ]);

interface Case {
  name: string;
  /** Makes the changes; returns the entry to undo and the later entry that must be undone first (or null). */
  make: (ctx: Ctx) => { undo: number; blockedBy: number | null };
  /** After undoing (the blocker first, then the entry): the state the entry's undo must leave. */
  check?: (ctx: Ctx) => void;
}

const title = (ctx: Ctx) =>
  (ctx.db.prepare('SELECT title FROM articles WHERE id = ?').get(ctx.articleIds[0]) as { title: string })
    .title;
const outletName = (ctx: Ctx, id: number) =>
  (ctx.db.prepare('SELECT name FROM outlets WHERE id = ?').get(id) as { name: string }).name;

const CASES: Case[] = [
  {
    name: 'article edit: a later edit of the same field blocks',
    make: ({ db, articleIds }) => {
      const a = editArticle(db, articleIds[0], { title: 'First' }, 'Ana')!;
      const b = editArticle(db, articleIds[0], { title: 'Second' }, 'Ben')!;
      return { undo: a.id, blockedBy: b.id };
    },
    // Undo #b gives "First" back, then undo #a the original title.
    check: (ctx) => expect(title(ctx)).not.toMatch(/First|Second/)
  },
  {
    name: 'article edit: a later edit of another field does not block',
    make: ({ db, articleIds }) => {
      const a = editArticle(db, articleIds[0], { title: 'First' }, 'Ana')!;
      editArticle(db, articleIds[0], { byline: 'A. Reporter' }, 'Ben');
      return { undo: a.id, blockedBy: null };
    }
  },
  {
    name: 'article edit: a later change undone since does not block',
    make: ({ db, articleIds }) => {
      const a = editArticle(db, articleIds[0], { title: 'First' }, 'Ana')!;
      const b = editArticle(db, articleIds[0], { title: 'Second' }, 'Ben')!;
      undoAuditEntry(db, b.id, 'Ben');
      return { undo: a.id, blockedBy: null };
    }
  },
  {
    name: 'article edit: a later change undone and redone blocks (the redo)',
    make: ({ db, articleIds }) => {
      const a = editArticle(db, articleIds[0], { title: 'First' }, 'Ana')!;
      const b = editArticle(db, articleIds[0], { title: 'Second' }, 'Ben')!;
      const u = undoAuditEntry(db, b.id, 'Ben').entry;
      const redo = undoAuditEntry(db, u.id, 'Ben').entry;
      return { undo: a.id, blockedBy: redo.id };
    }
  },
  {
    name: 'article remove: undoing a restore is blocked by a later removal',
    make: ({ db, articleIds }) => {
      const removed = removeArticle(db, articleIds[1], 'Ana');
      const restored = undoAuditEntry(db, removed.id, 'Ana').entry;
      const again = removeArticle(db, articleIds[1], 'Ben');
      return { undo: restored.id, blockedBy: again.id };
    }
  },
  {
    name: 'outlet edit: a later rename blocks',
    make: (ctx) => {
      const id = ctx.outletOf(ctx.articleIds[0]);
      const a = editOutlet(ctx.db, id, { name: 'Reuters Wire' }, 'Ana').audit!;
      const b = editOutlet(ctx.db, id, { name: 'Reuters News' }, 'Ben').audit!;
      return { undo: a.id, blockedBy: b.id };
    },
    check: (ctx) => expect(outletName(ctx, ctx.outletOf(ctx.articleIds[0]))).toBe('Reuters')
  },
  {
    name: 'outlet edit: a later edit of the country does not block',
    make: (ctx) => {
      const id = ctx.outletOf(ctx.articleIds[0]);
      const a = editOutlet(ctx.db, id, { name: 'Reuters Wire' }, 'Ana').audit!;
      editOutlet(ctx.db, id, { country: 'UK' }, 'Ben');
      return { undo: a.id, blockedBy: null };
    }
  },
  {
    name: 'outlet merge: a later edit of a moved article’s outlet blocks',
    make: (ctx) => {
      const [from, into] = [ctx.outletOf(ctx.articleIds[1]), ctx.outletOf(ctx.articleIds[0])];
      const merge = mergeOutlets(ctx.db, from, into, 'Ana');
      const edit = editArticle(ctx.db, ctx.articleIds[1], { outlet: 'tass.com' }, 'Ben')!;
      return { undo: merge.id, blockedBy: edit.id };
    },
    // Both undone: the article is back with its own outlet.
    check: (ctx) => expect(outletName(ctx, ctx.outletOf(ctx.articleIds[1]))).toBe('RT')
  },
  {
    name: 'outlet merge: a later merge of the receiving outlet blocks (it moved the same articles)',
    make: (ctx) => {
      const [a, b] = [ctx.outletOf(ctx.articleIds[1]), ctx.outletOf(ctx.articleIds[0])];
      const first = mergeOutlets(ctx.db, a, b, 'Ana');
      editArticle(ctx.db, ctx.articleIds[0], { outlet: 'tass.com' }, 'Ben');
      const second = mergeOutlets(ctx.db, b, ctx.outletOf(ctx.articleIds[0]), 'Ben');
      return { undo: first.id, blockedBy: second.id };
    }
  },
  {
    name: 'note: undoing the undo of a note (nothing later) is allowed',
    make: (ctx) => {
      const note = addNote(ctx.db, ctx.eventId, ctx.claimRefs(0)[0], 'Check the date.', 'Ana');
      const removed = undoAuditEntry(ctx.db, note.id, 'Ana').entry;
      return { undo: removed.id, blockedBy: null };
    }
  },
  {
    // A note changes only through its own undo chain, whose newest entry is the only one still undoable.
    name: 'note: the newest entry of an undo chain (add, remove, restore, remove) can be undone',
    make: (ctx) => {
      const note = addNote(ctx.db, ctx.eventId, ctx.claimRefs(0)[0], 'Check the date.', 'Ana');
      const removed = undoAuditEntry(ctx.db, note.id, 'Ana').entry;
      const back = undoAuditEntry(ctx.db, removed.id, 'Ana').entry;
      const gone = undoAuditEntry(ctx.db, back.id, 'Ben').entry;
      return { undo: gone.id, blockedBy: null };
    }
  },
  {
    name: 'correction: a later correction naming a claim this move moved blocks',
    make: (ctx) => {
      const [x] = ctx.claimRefs(0);
      const move = addCorrection(ctx.db, ctx.eventId, { kind: 'move', claim: x, to: null }, 'Ana').audit;
      const verdict = addCorrection(
        ctx.db,
        ctx.eventId,
        { kind: 'verdict', claim: x, outlet: 'rt.com', verdict: 'differ' },
        'Ben'
      ).audit;
      return { undo: move.id, blockedBy: verdict.id };
    }
  },
  {
    name: 'correction: a later correction naming only the fact a claim was moved to does not block',
    make: (ctx) => {
      const [x] = ctx.claimRefs(0);
      const [y] = ctx.claimRefs(1);
      const move = addCorrection(ctx.db, ctx.eventId, { kind: 'move', claim: x, to: y }, 'Ana').audit;
      addCorrection(
        ctx.db,
        ctx.eventId,
        { kind: 'verdict', claim: y, outlet: 'rt.com', verdict: 'differ' },
        'Ben'
      );
      return { undo: move.id, blockedBy: null };
    }
  },
  {
    name: 'correction: an older verdict override can be undone under a later move of its claim',
    make: (ctx) => {
      const [x] = ctx.claimRefs(0);
      const verdict = addCorrection(
        ctx.db,
        ctx.eventId,
        { kind: 'verdict', claim: x, outlet: 'rt.com', verdict: 'differ' },
        'Ana'
      ).audit;
      addCorrection(ctx.db, ctx.eventId, { kind: 'move', claim: x, to: null }, 'Ben');
      return { undo: verdict.id, blockedBy: null };
    }
  },
  {
    name: 'correction: a move about other claims does not block',
    make: (ctx) => {
      const [x, y] = ctx.claimRefs(0);
      const move = addCorrection(ctx.db, ctx.eventId, { kind: 'move', claim: x, to: null }, 'Ana').audit;
      addCorrection(ctx.db, ctx.eventId, { kind: 'claim-kind', claim: y, to: 'non-claim' }, 'Ben');
      return { undo: move.id, blockedBy: null };
    }
  }
];

describe('undo is refused while a later change to the same fields is in effect', () => {
  it.each(CASES)('$name', (c) => {
    const ctx = setUp();
    const { undo, blockedBy } = c.make(ctx);
    const listed = listAudit(ctx.db, ctx.eventId, { limit: 200 }).items;
    const blocks = undoBlockers(ctx.db, listed);
    if (blockedBy === null) {
      expect(blocks.get(undo)).toBeUndefined();
      expect(undoAuditEntry(ctx.db, undo, 'Cleo').entry.undoes).toBe(undo);
      return;
    }
    // History shows the block (entry and message) before anyone tries.
    expect(blocks.get(undo)).toMatchObject({ entry: blockedBy });
    expect(blocks.get(undo)!.message).toContain(`undo #${blockedBy} first`);
    const before = snapshot(ctx.db);
    let thrown: unknown;
    try {
      undoAuditEntry(ctx.db, undo, 'Cleo');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect(thrown).toMatchObject({ code: 'conflict', field: 'entry' });
    expect((thrown as Error).message).toContain(`#${blockedBy}`);
    expect(snapshot(ctx.db)).toBe(before);
    // Undoing the later entry first makes the older one undoable.
    undoAuditEntry(ctx.db, blockedBy, 'Cleo');
    expect(undoAuditEntry(ctx.db, undo, 'Cleo').entry.undoes).toBe(undo);
    c.check?.(ctx);
  });
});
