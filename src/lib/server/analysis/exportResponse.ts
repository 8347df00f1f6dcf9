import { parseId } from '../parseId';
import type { Store } from '../store/Store';
import { CLAIM_MATRIX_COLUMNS, claimMatrixRows, DISCREPANCY_COLUMNS, discrepancyRows } from './exportRows';
import { toCsv } from '../toCsv';

export type ExportKind = 'claims' | 'discrepancies';
export type ExportFormat = 'csv' | 'json';

/** The download for /events/[id]/export/{claims,discrepancies}.{csv,json}; 404 when there is nothing yet. */
export function exportResponse(
  store: Store,
  rawId: string,
  kind: ExportKind,
  format: ExportFormat
): Response {
  const eventId = parseId(rawId);
  const event = eventId === null ? undefined : store.events.get(eventId);
  if (!event) return new Response('There is no such event.\n', { status: 404 });
  const latest = store.analysis.corrected(event.id);
  if (!latest) return new Response('This event has not been analyzed yet.\n', { status: 404 });
  const filename = `event-${eventId}-${kind}.${format}`;
  const headers = {
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store'
  };
  const rows = kind === 'claims' ? claimMatrixRows(latest.result) : discrepancyRows(latest.result);
  if (format === 'csv') {
    const body =
      kind === 'claims'
        ? toCsv(CLAIM_MATRIX_COLUMNS, rows as ReturnType<typeof claimMatrixRows>)
        : toCsv(DISCREPANCY_COLUMNS, rows as ReturnType<typeof discrepancyRows>);
    return new Response(body, { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const body = {
    event: { id: event.id, title: event.title },
    run: { id: latest.run.id, engine: latest.run.engine, finishedAt: latest.run.finishedAt },
    [kind]: rows
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' }
  });
}
