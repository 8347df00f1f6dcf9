import { primaryFacts } from '../../analysis/primaryFacts';
import type { Claim, Fact, Discrepancy, Verdict } from '../../analysis/types';
import type { Db } from '../store/sqlite/db';
import { getEvent } from '../store/sqlite/events';
import { toCsv } from '../toCsv';
import { ValidationError } from '../ValidationError';
import { correctedAnalysis, listCorrections } from '../store/sqlite/corrections';

/**
 * The `parallax export` file. Its keys are a published format and keep the names they were released with: a fact
 * is `groups` / `group` here (and in the CSV's `group` column), whatever the code calls it.
 */
export interface EventExport {
  event: { id: number; title: string };
  analysis: { runId: number; engine: string | null; finishedAt: string | null } | null;
  claims: (Omit<Claim, 'lemmas'> & { group: string | null })[];
  groups: { id: string; label: string; verdict: Verdict; cohesion: number; claims: string[] }[];
  verdicts: { group: string; outlet: string; verdict: Verdict }[];
  discrepancies: (Discrepancy & { group: string })[];
  corrections: {
    id: number;
    kind: string;
    constraint: Record<string, unknown>;
    reason: string;
    author: string;
    createdAt: string;
    undoneAt: string | null;
    status: 'applied' | 'stale' | 'undone' | 'pending';
    staleReason?: string;
  }[];
}

/**
 * The analysis part of an export: every claim with its own (primary) fact, the facts, one row per fact and
 * outlet with its verdict, and the discrepancies. Shared by the local export and `export --server` (the API
 * serves the same claims and facts).
 */
export function exportAnalysis(
  claims: readonly Claim[],
  facts: readonly Fact[]
): Pick<EventExport, 'claims' | 'groups' | 'verdicts' | 'discrepancies'> {
  const factOf = new Map([...primaryFacts(facts)].map(([claim, f]) => [claim, f.id] as const));
  return {
    claims: claims.map(({ lemmas: _lemmas, ...c }) => ({ ...c, group: factOf.get(c.id) ?? null })),
    groups: facts.map((g) => ({
      id: g.id,
      label: g.label,
      verdict: g.verdict,
      cohesion: g.cohesion,
      claims: g.claims
    })),
    verdicts: facts.flatMap((g) =>
      Object.entries(g.outlets).map(([outlet, verdict]) => ({ group: g.id, outlet, verdict }))
    ),
    discrepancies: facts.flatMap((g) => g.discrepancies.map((d) => ({ ...d, group: g.id })))
  };
}

/** Everything about an event's analysis, corrections applied, for `parallax export`. */
export function eventExport(db: Db, eventId: number): EventExport {
  const event = getEvent(db, eventId);
  if (!event) throw new ValidationError(`There is no event ${eventId}.`, 'event', 'not_found');
  const analysis = correctedAnalysis(db, eventId);
  const stale = new Map((analysis?.stale ?? []).map((s) => [s.id, s.reason]));
  return {
    event: { id: event.id, title: event.title },
    analysis: analysis
      ? { runId: analysis.run.id, engine: analysis.run.engine, finishedAt: analysis.run.finishedAt }
      : null,
    ...exportAnalysis(
      (analysis?.result.articles ?? []).flatMap((a) => a.claims),
      analysis?.result.facts ?? []
    ),
    corrections: listCorrections(db, eventId, { limit: 1_000_000 }).items.map((r) => {
      const { id: _id, reason, kind, ...constraint } = r.correction;
      const staleReason = stale.get(String(r.id));
      return {
        id: r.id,
        kind,
        constraint,
        reason: reason ?? '',
        author: r.author,
        createdAt: r.createdAt,
        undoneAt: r.undoneAt,
        status: r.undoneAt ? 'undone' : !analysis ? 'pending' : staleReason ? 'stale' : 'applied',
        ...(staleReason ? { staleReason } : {})
      };
    })
  };
}

const CSV_COLUMNS = [
  'record',
  'id',
  'group',
  'article',
  'outlet',
  'start',
  'end',
  'kind',
  'verdict',
  'type',
  'value_a',
  'value_b',
  'text',
  'author',
  'reason',
  'status'
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/** One CSV table, a `record` column telling claim / group / verdict / discrepancy / correction rows apart. */
export function eventExportCsv(data: EventExport): string {
  const rows: CsvRow[] = [
    ...data.claims.map((c) => ({
      record: 'claim',
      id: c.id,
      group: c.group,
      article: c.articleId,
      outlet: c.outlet,
      start: c.start,
      end: c.end,
      kind: c.kind,
      text: c.text
    })),
    ...data.groups.map((g) => ({
      record: 'group',
      id: g.id,
      group: g.id,
      verdict: g.verdict,
      text: g.label
    })),
    ...data.verdicts.map((v) => ({
      record: 'verdict',
      group: v.group,
      outlet: v.outlet,
      verdict: v.verdict
    })),
    ...data.discrepancies.map((d) => ({
      record: 'discrepancy',
      group: d.group,
      id: d.claims.join(' '),
      type: d.type,
      value_a: d.values[0],
      value_b: d.values[1]
    })),
    ...data.corrections.map((c) => ({
      record: 'correction',
      id: c.id,
      kind: c.kind,
      text: JSON.stringify(c.constraint),
      author: c.author,
      reason: c.reason,
      status: c.staleReason ? `${c.status}: ${c.staleReason}` : c.status
    }))
  ];
  return toCsv(CSV_COLUMNS, rows);
}
