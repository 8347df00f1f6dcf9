import { claimRefKey, claimsNamedBy, type Correction } from '../../../analysis/corrections';
import { applyCorrections } from '../../../analysis/applyCorrections';
import type { AnalysisResult } from '../../../analysis/types';
import { latestAnalysis } from '../../analysis/latestAnalysis';
import type { Db } from './db';
import { getEvent } from './events';
import { statements } from './statements';
import { ValidationError } from '../../ValidationError';
import { appendAudit, type AuditEntry } from './auditLog';
import { parseCorrection, type CorrectionPayload } from '../../corrections/parseCorrection';
import { validateAuthor, validateReason } from '../../corrections/validateAuthor';

export interface CorrectionRecord {
  id: number;
  eventId: number;
  correction: Correction;
  author: string;
  createdAt: string;
  undoneAt: string | null;
}

interface CorrectionRow {
  id: number;
  event_id: number;
  kind: Correction['kind'];
  payload: string;
  reason: string;
  author: string;
  created_at: string;
  undone_at: string | null;
}

const q = statements((db) => ({
  insert: db.prepare<[number, string, string, string, string]>(
    'INSERT INTO corrections (event_id, kind, payload, reason, author) VALUES (?, ?, ?, ?, ?)'
  ),
  byId: db.prepare<[number], CorrectionRow>('SELECT * FROM corrections WHERE id = ?'),
  byEvent: db.prepare<[number, number, number], CorrectionRow>(
    'SELECT * FROM corrections WHERE event_id = ? ORDER BY id LIMIT ? OFFSET ?'
  ),
  activeByEvent: db.prepare<[number], CorrectionRow>(
    'SELECT * FROM corrections WHERE event_id = ? AND undone_at IS NULL ORDER BY id'
  ),
  countByEvent: db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM corrections WHERE event_id = ?'
  ),
  article: db.prepare<[number], { id: number; event_id: number; text: string; removed_at: string | null }>(
    'SELECT id, event_id, text, removed_at FROM articles WHERE id = ?'
  ),
  setUndone: db.prepare<[string | null, number]>('UPDATE corrections SET undone_at = ? WHERE id = ?'),
  liveArticles: db.prepare<[number], { id: number; published_at: string | null }>(
    'SELECT id, published_at FROM articles WHERE event_id = ? AND removed_at IS NULL'
  )
}));

function recordFromRow(row: CorrectionRow): CorrectionRecord {
  const payload = JSON.parse(row.payload) as CorrectionPayload;
  return {
    id: row.id,
    eventId: row.event_id,
    correction: { ...payload, id: String(row.id), reason: row.reason } as Correction,
    author: row.author,
    createdAt: row.created_at,
    undoneAt: row.undone_at
  };
}

export function getCorrection(db: Db, id: number): CorrectionRecord | undefined {
  const row = q(db).byId.get(id);
  return row && recordFromRow(row);
}

/** Every correction of the event, undone ones included, oldest first. */
export function listCorrections(
  db: Db,
  eventId: number,
  { limit = 100, offset = 0 } = {}
): { items: CorrectionRecord[]; total: number } {
  return {
    items: q(db).byEvent.all(eventId, limit, offset).map(recordFromRow),
    total: q(db).countByEvent.get(eventId)!.n
  };
}

/** The corrections that apply now (not undone), in the order they were made. */
export function activeCorrections(db: Db, eventId: number): CorrectionRecord[] {
  return q(db).activeByEvent.all(eventId).map(recordFromRow);
}

export function setCorrectionUndone(db: Db, id: number, undoneAt: string | null): void {
  q(db).setUndone.run(undoneAt, id);
}

export interface CorrectedAnalysis {
  run: NonNullable<ReturnType<typeof latestAnalysis>>['run'];
  /** The engine's result with every active correction applied: what every view shows. */
  result: AnalysisResult;
  applied: string[];
  stale: { id: string; reason: string }[];
  corrections: CorrectionRecord[];
}

/**
 * The event's latest analysis with people's corrections applied on read (null before the first run). Articles
 * removed since that run are left out already (the re-analysis that follows a removal may still be running).
 */
export function correctedAnalysis(db: Db, eventId: number): CorrectedAnalysis | null {
  const latest = latestAnalysis(db, eventId);
  if (!latest) return null;
  const corrections = activeCorrections(db, eventId);
  const rows = q(db).liveArticles.all(eventId);
  const { result, applied, stale } = applyCorrections(
    latest.result,
    corrections.map((c) => c.correction),
    {
      articles: new Set(rows.map((r) => String(r.id))),
      published: new Map(rows.flatMap((r) => (r.published_at ? [[String(r.id), r.published_at]] : [])))
    }
  );
  return { run: latest.run, result, applied, stale, corrections };
}

/**
 * Checks a correction against the event (its claims must be in the event's articles, and, once the event has
 * been analyzed, be sentence units of the current analysis), stores it and logs it, in one transaction.
 */
export function addCorrection(
  db: Db,
  eventId: number,
  input: unknown,
  author: unknown
): { correction: CorrectionRecord; audit: AuditEntry } {
  return db
    .transaction(() => {
      if (!getEvent(db, eventId))
        throw new ValidationError(`There is no event ${eventId}.`, 'event', 'not_found');
      const who = validateAuthor(author);
      const reason = validateReason((input as Record<string, unknown> | null)?.reason);
      const payload = parseCorrection(input);
      const named = claimsNamedBy({ ...payload, id: '' } as Correction);
      for (const ref of named) {
        const article = q(db).article.get(Number(ref.articleId));
        if (!article || article.event_id !== eventId || article.removed_at) {
          throw new ValidationError(`Article ${ref.articleId} is not in this event.`, 'claim', 'not_found');
        }
        if (ref.end > article.text.length) {
          throw new ValidationError(
            `The span ${ref.start}-${ref.end} is outside article ${ref.articleId}.`,
            'claim'
          );
        }
      }
      if (payload.kind === 'span') {
        const text = q(db).article.get(Number(payload.claim.articleId))!.text;
        if (payload.end > text.length)
          throw new ValidationError('The new span ends after the article text.', 'end');
        payload.text = text.slice(payload.start, payload.end);
        if (!payload.text.trim()) throw new ValidationError('The new span holds no text.', 'start');
      }
      const current = correctedAnalysis(db, eventId);
      if (current) {
        const units = new Set(current.result.articles.flatMap((a) => a.claims.map((c) => claimRefKey(c))));
        const unknown = named.find((r) => !units.has(claimRefKey(r)));
        if (unknown) {
          throw new ValidationError(
            `There is no sentence at ${claimRefKey(unknown)} in the current analysis.`,
            'claim',
            'not_found'
          );
        }
      }
      const id = Number(
        q(db).insert.run(eventId, payload.kind, JSON.stringify(payload), reason, who).lastInsertRowid
      );
      const record = getCorrection(db, id)!;
      const audit = appendAudit(db, {
        eventId,
        author: who,
        action: 'correction.add',
        target: `correction:${id}`,
        before: { active: false },
        after: { active: true, ...payload },
        reason
      });
      return { correction: record, audit };
    })
    .immediate();
}
