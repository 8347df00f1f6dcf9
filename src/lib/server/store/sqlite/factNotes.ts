import type { Db } from './db';
import { assertReadable } from '../../assertReadable';
import { getEvent } from './events';
import { statements } from './statements';
import { ValidationError } from '../../ValidationError';
import { appendAudit, type AuditEntry } from './auditLog';
import { parseClaimRef } from '../../corrections/parseCorrection';
import { validateAuthor } from '../../corrections/validateAuthor';
import { claimRefKey } from '../../../analysis/corrections';

export interface FactNote {
  id: number;
  eventId: number;
  /** One claim of the fact, "<article id>:<start>-<end>". */
  claimRef: string;
  body: string;
  author: string;
  createdAt: string;
}

interface NoteRow {
  id: number;
  event_id: number;
  claim_ref: string;
  body: string;
  author: string;
  created_at: string;
  removed_at: string | null;
}

const q = statements((db) => ({
  insert: db.prepare<[number, string, string, string]>(
    'INSERT INTO fact_notes (event_id, claim_ref, body, author) VALUES (?, ?, ?, ?)'
  ),
  byId: db.prepare<[number], NoteRow>('SELECT * FROM fact_notes WHERE id = ?'),
  byEvent: db.prepare<[number], NoteRow>(
    'SELECT * FROM fact_notes WHERE event_id = ? AND removed_at IS NULL ORDER BY id'
  ),
  setRemoved: db.prepare<[string | null, number]>('UPDATE fact_notes SET removed_at = ? WHERE id = ?'),
  now: db.prepare<[], { now: string }>("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now")
}));

const noteFromRow = (r: NoteRow): FactNote => ({
  id: r.id,
  eventId: r.event_id,
  claimRef: r.claim_ref,
  body: r.body,
  author: r.author,
  createdAt: r.created_at
});

/** The event's notes; pass the claim anchors of one fact to get that fact's notes. */
export function listNotes(db: Db, eventId: number, claimRefs?: string[]): FactNote[] {
  const rows = q(db).byEvent.all(eventId);
  const wanted = claimRefs && new Set(claimRefs);
  return rows.filter((r) => !wanted || wanted.has(r.claim_ref)).map(noteFromRow);
}

export function addNote(db: Db, eventId: number, claim: unknown, body: unknown, author: unknown): AuditEntry {
  return db
    .transaction(() => {
      const who = validateAuthor(author);
      if (!getEvent(db, eventId))
        throw new ValidationError(`There is no event ${eventId}.`, 'event', 'not_found');
      const ref = claimRefKey(parseClaimRef(claim, 'claim'));
      if (body !== undefined && body !== null && typeof body !== 'string')
        throw new ValidationError('The note must be text.', 'body');
      const text = typeof body === 'string' ? assertReadable(body, 'body', 'The note').trim() : '';
      if (!text) throw new ValidationError('Write the note first.', 'body', 'required');
      if (text.length > 5000)
        throw new ValidationError('The note is too long (5000 characters at most).', 'body');
      const id = Number(q(db).insert.run(eventId, ref, text, who).lastInsertRowid);
      return appendAudit(db, {
        eventId,
        author: who,
        action: 'note.add',
        target: `note:${id}`,
        before: { removed: true },
        after: { removed: false, claim: ref, body: text }
      });
    })
    .immediate();
}

export function setNoteRemoved(
  db: Db,
  id: number,
  removed: boolean,
  author: string,
  reason: string,
  undoes: number
): AuditEntry {
  const note = q(db).byId.get(id);
  if (!note) throw new ValidationError(`There is no note ${id}.`, 'note', 'not_found');
  q(db).setRemoved.run(removed ? q(db).now.get()!.now : null, id);
  return appendAudit(db, {
    eventId: note.event_id,
    author,
    action: removed ? 'note.remove' : 'note.add',
    target: `note:${id}`,
    before: { removed: !removed },
    after: { removed },
    reason,
    undoes
  });
}
