// `parallax export --server URL`: the same export, read through a running Parallax's API (with the token when
// the server asks for one), for when the database is not on this machine.
import { exportAnalysis, type EventExport } from '../lib/server/corrections/eventExport';
import { CliError, EXIT_FAILURE } from './CliError';

async function getJson(base: string, path: string, token: string | undefined): Promise<any> {
  let response: Response;
  try {
    response = await fetch(new URL(path, base), {
      headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }
    });
  } catch (error) {
    throw new CliError(`cannot reach ${base}: ${(error as Error).message}`, EXIT_FAILURE);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.error?.message ?? response.statusText;
    throw new CliError(`${path}: ${response.status} ${message}`, response.status === 404 ? 2 : EXIT_FAILURE);
  }
  return body;
}

async function all(base: string, path: string, token: string | undefined): Promise<any[]> {
  const items: any[] = [];
  let next: string | null = `${path}?limit=500`;
  while (next) {
    const page = await getJson(base, next, token);
    items.push(...page.items);
    next = page.next;
  }
  return items;
}

export async function fetchEventExport(base: string, eventId: number, token?: string): Promise<EventExport> {
  const event = await getJson(base, `/api/events/${eventId}`, token);
  const claims = await all(base, `/api/events/${eventId}/claims`, token);
  const facts = await all(base, `/api/events/${eventId}/facts`, token);
  const corrections = await all(base, `/api/events/${eventId}/corrections`, token);
  return {
    event: { id: event.id, title: event.title },
    analysis: event.analysis?.doneRunId
      ? { runId: event.analysis.doneRunId, engine: null, finishedAt: event.analysis.finishedAt }
      : null,
    ...exportAnalysis(claims, facts),
    corrections: corrections.map(
      ({
        id,
        eventId: _e,
        kind,
        reason,
        author,
        createdAt,
        undoneAt,
        status,
        staleReason,
        ...constraint
      }) => ({
        id,
        kind,
        constraint,
        reason,
        author,
        createdAt,
        undoneAt,
        status,
        ...(staleReason ? { staleReason } : {})
      })
    )
  };
}
