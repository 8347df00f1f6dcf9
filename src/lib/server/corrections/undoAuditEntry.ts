import type { Db } from '../db';
import { statements } from '../statements';
import { ValidationError } from '../ValidationError';
import { getAuditEntry, appendAudit, type AuditEntry } from './auditLog';
import { restoreArticleState, type ArticleState } from './articleEdits';
import { getCorrection, setCorrectionUndone } from './corrections';
import { setNoteRemoved } from './factNotes';
import { restoreOutletState, type OutletState, eventsOfOutlet } from './outletEdits';
import { validateAuthor, validateReason } from './validateAuthor';

const q = statements((db) => ({
  now: db.prepare<[], { now: string }>("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now")
}));

export interface UndoResult {
  entry: AuditEntry;
  /** Events whose articles changed: their analysis must be re-run (the caller schedules it). */
  reanalyse: number[];
}

/**
 * Reverses one audit entry by appending a new entry that puts its target back in the entry's `before` state
 * (an undo of an undo redoes). Each entry can be undone once; the log itself never changes.
 */
export function undoAuditEntry(db: Db, entryId: number, author: unknown, reason?: unknown): UndoResult {
  return db.transaction((): UndoResult => {
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
        return { entry: e, reanalyse: [] };
      }
      case 'article': {
        const e = restoreArticleState(db, id, before as ArticleState, who, why, entry.id);
        return { entry: e, reanalyse: entry.eventId ? [entry.eventId] : [] };
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
        const into = (entry.after as OutletState | null)?.merged_into ?? (before as OutletState).merged_into;
        const events = new Set([...eventsOfOutlet(db, id), ...(into ? eventsOfOutlet(db, into) : [])]);
        return { entry: e, reanalyse: [...events] };
      }
      case 'note': {
        const e = setNoteRemoved(db, id, before.removed === true, who, why, entry.id);
        return { entry: e, reanalyse: [] };
      }
      default:
        throw new ValidationError(`Entry ${entryId} cannot be undone.`, 'entry');
    }
  })();
}
