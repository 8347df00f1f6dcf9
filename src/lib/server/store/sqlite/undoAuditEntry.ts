import type { Db } from './db';
import { statements } from './statements';
import { ValidationError } from '../../ValidationError';
import { claimRefKey, claimsNamedBy, type CorrectionKind } from '../../../analysis/corrections';
import {
  appendAudit,
  auditEntriesAfter,
  getAuditEntry,
  listAuditForTarget,
  type AuditEntry
} from './auditLog';
import { restoreArticleState, type ArticleState } from './articleEdits';
import { activeCorrections, getCorrection, setCorrectionUndone } from './corrections';
import { setNoteRemoved } from './factNotes';
import { restoreOutletState, type OutletState, eventsOfOutlet } from './outletEdits';
import { validateAuthor, validateReason } from '../../corrections/validateAuthor';

const q = statements((db) => ({
  now: db.prepare<[], { now: string }>("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now")
}));

type EntryLike = Pick<AuditEntry, 'id' | 'target' | 'before' | 'after' | 'undoes' | 'undoneBy' | 'action'>;

const ids = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * What an entry changed, as "target#field" keys. An outlet merge (or its undo) also changes the outlet of every
 * article it moved, so it touches "article:ID#outlet_id" as an article edit of the outlet does.
 */
export function touchedFields(entry: Pick<AuditEntry, 'target' | 'before' | 'after'>): string[] {
  const [type] = entry.target.split(':');
  if (type === 'correction') return [`${entry.target}#active`];
  if (type === 'note') return [`${entry.target}#removed`];
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('article_ids');
  const fields = [...keys].map((k) => `${entry.target}#${k}`);
  if (type === 'outlet' && keys.has('merged_into')) {
    for (const id of new Set([...ids(before.article_ids), ...ids(after.article_ids)]))
      fields.push(`article:${id}#outlet_id`);
  }
  return fields;
}

/** The entry, the entry it undid, the one that one undid… (an undo of an undo redoes). */
function chainOf<E extends EntryLike>(entry: E, lookup: (id: number) => E | undefined): E[] {
  const chain = [entry];
  for (let e: E | undefined = entry; e && e.undoes !== null;) {
    e = lookup(e.undoes);
    if (e) chain.push(e);
  }
  return chain;
}

const ACTION_WORDS: Record<string, string> = {
  'correction.add': 'a correction',
  'correction.undo': 'an undone correction',
  'article.edit': 'an article edit',
  'article.remove': 'an article removal',
  'article.restore': 'an article restore',
  'outlet.edit': 'an outlet edit',
  'outlet.merge': 'an outlet merge',
  'outlet.unmerge': 'an outlet unmerge',
  'note.add': 'a note',
  'note.remove': 'a note removal'
};

export interface UndoBlock {
  /** The later entry to undo first. */
  entry: number;
  message: string;
}

/**
 * The rule that keeps undo safe: an entry cannot be undone while a later change to the same fields is in
 * effect (restoring the entry's `before` would silently discard it). A later change that was itself undone,
 * or undone-and-redone an even number of times after this entry, has no effect left and does not count.
 * Returns the newest such later entry (undo it first), or null. `later` holds the entries after this one;
 * `lookup` finds older entries of an undo chain.
 */
export function findUndoBlocker<E extends EntryLike>(
  entry: E,
  later: E[],
  lookup: (id: number) => E | undefined
): UndoBlock | null {
  const mine = new Set(chainOf(entry, lookup).flatMap(touchedFields));
  let blocker: E | null = null;
  for (const l of later) {
    if (l.id <= entry.id || l.undoneBy !== null) continue;
    const chain = chainOf(l, lookup);
    const neutral = chain.length % 2 === 0;
    if (neutral && chain[chain.length - 1].id > entry.id) continue;
    if (chain.flatMap(touchedFields).some((f) => mine.has(f))) blocker = l;
  }
  return blocker && superseded(entry.id, blocker, 'changed the same fields');
}

function superseded(id: number, by: Pick<AuditEntry, 'id' | 'action'>, how: string): UndoBlock {
  return {
    entry: by.id,
    message: `Entry #${id} is superseded by #${by.id} (${ACTION_WORDS[by.action] ?? by.action}), which ${how} later: undo #${by.id} first.`
  };
}

// Corrections that decide which fact a claim is in (or whether it is a claim at all): a later correction naming
// the same claim was made against that grouping, so taking this one away would change what the later one does.
const GROUPING: ReadonlySet<CorrectionKind> = new Set(['merge', 'split', 'move', 'claim-kind', 'span']);

function dependentCorrection(db: Db, entry: AuditEntry): UndoBlock | null {
  const [type, rawId] = entry.target.split(':');
  if (type !== 'correction') return null;
  const record = getCorrection(db, Number(rawId));
  if (!record || !GROUPING.has(record.correction.kind)) return null;
  // A move changes the fact of its claim only (`to` just names where it went); the others change every claim named.
  const c = record.correction;
  const moved = c.kind === 'move' ? [c.claim] : claimsNamedBy(c);
  const named = new Set(moved.map(claimRefKey));
  const dependent = activeCorrections(db, record.eventId)
    .filter((c) => c.id > record.id && claimsNamedBy(c.correction).some((r) => named.has(claimRefKey(r))))
    .at(-1);
  if (!dependent) return null;
  const made = listAuditForTarget(db, `correction:${dependent.id}`, { limit: 1 }).items[0];
  return made ? superseded(entry.id, made, 'names the same claim') : null;
}

/**
 * Why each entry cannot be undone now (entry id -> block), for a page of entries: loads the later entries once.
 * Entries already undone are left out (they cannot be undone again anyway).
 */
export function undoBlockers(db: Db, entries: AuditEntry[]): Map<number, UndoBlock> {
  const blocks = new Map<number, UndoBlock>();
  const open = entries.filter((e) => !e.undoneBy);
  if (!open.length) return blocks;
  const first = Math.min(...open.map((e) => e.id));
  const later = auditEntriesAfter(db, first);
  const byId = new Map([...entries, ...later].map((e) => [e.id, e]));
  const lookup = (id: number) => byId.get(id) ?? getAuditEntry(db, id);
  for (const e of open) {
    const block = findUndoBlocker(e, later, lookup) ?? dependentCorrection(db, e);
    if (block) blocks.set(e.id, block);
  }
  return blocks;
}

export interface UndoResult {
  entry: AuditEntry;
  /** Events whose articles changed: their analysis must be re-run (the caller schedules it). */
  reanalyze: number[];
}

/**
 * Reverses one audit entry by appending a new entry that puts its target back in the entry's `before` state
 * (an undo of an undo redoes). Each entry can be undone once; the log itself never changes. Refused (conflict,
 * naming the entry to undo first) while a later change to the same fields is in effect: see findUndoBlocker.
 */
export function undoAuditEntry(db: Db, entryId: number, author: unknown, reason?: unknown): UndoResult {
  return db
    .transaction((): UndoResult => {
      const who = validateAuthor(author);
      const why = validateReason(reason);
      const entry = getAuditEntry(db, entryId);
      if (!entry) throw new ValidationError(`There is no audit entry ${entryId}.`, 'entry', 'not_found');
      if (entry.undoneBy) {
        throw new ValidationError(
          `Entry ${entryId} was already undone (by entry ${entry.undoneBy}).`,
          'entry',
          'conflict'
        );
      }
      const block = undoBlockers(db, [entry]).get(entry.id);
      if (block) throw new ValidationError(block.message, 'entry', 'conflict');
      const [type, rawId] = entry.target.split(':');
      const id = Number(rawId);
      const before = entry.before ?? {};
      switch (type) {
        case 'correction': {
          const correction = getCorrection(db, id);
          if (!correction) throw new ValidationError(`There is no correction ${id}.`, 'entry', 'not_found');
          const active = before.active === true;
          setCorrectionUndone(db, id, active ? null : q(db).now.get()!.now);
          const e = appendAudit(db, {
            eventId: entry.eventId,
            author: who,
            action: active ? 'correction.add' : 'correction.undo',
            target: entry.target,
            before: entry.after,
            after: entry.before,
            reason: why,
            undoes: entry.id
          });
          return { entry: e, reanalyze: [] };
        }
        case 'article': {
          const e = restoreArticleState(db, id, before as ArticleState, who, why, entry.id);
          return { entry: e, reanalyze: entry.eventId ? [entry.eventId] : [] };
        }
        case 'outlet': {
          const e = restoreOutletState(
            db,
            id,
            before as OutletState,
            entry.after as OutletState,
            who,
            why,
            entry.id
          );
          const into =
            (entry.after as OutletState | null)?.merged_into ?? (before as OutletState).merged_into;
          const events = new Set([...eventsOfOutlet(db, id), ...(into ? eventsOfOutlet(db, into) : [])]);
          return { entry: e, reanalyze: [...events] };
        }
        case 'note': {
          const e = setNoteRemoved(db, id, before.removed === true, who, why, entry.id);
          return { entry: e, reanalyze: [] };
        }
        default:
          throw new ValidationError(`Entry ${entryId} cannot be undone.`, 'entry');
      }
    })
    .immediate();
}
