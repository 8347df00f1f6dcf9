import type { CorrectedAnalysis, CorrectionRecord } from '../corrections';

export type CorrectionStatus = 'applied' | 'stale' | 'undone' | 'pending';

/** A stored correction with whether it applies to the current analysis (pending: not analyzed yet). */
export function correctionJson(record: CorrectionRecord, analysis: CorrectedAnalysis | null) {
  const id = String(record.id);
  const stale = analysis?.stale.find((s) => s.id === id);
  const status: CorrectionStatus = record.undoneAt
    ? 'undone'
    : !analysis
      ? 'pending'
      : stale
        ? 'stale'
        : 'applied';
  const { id: _id, reason, ...constraint } = record.correction;
  return {
    id: record.id,
    eventId: record.eventId,
    ...constraint,
    reason: reason ?? '',
    author: record.author,
    createdAt: record.createdAt,
    undoneAt: record.undoneAt,
    status,
    ...(stale ? { staleReason: stale.reason } : {})
  };
}
