import type {
  AnalysisResult,
  Claim,
  ClaimGroup,
  DiscrepancyType,
  NonClaimReason,
  Verdict
} from '../../../analysis/types';
import type { Db } from './db';
import { statements } from './statements';
import type { RunSummary } from './storeAnalysisResult';

// Upper bounds for one run's rows: far above a real event (30 outlets × 200 claims), they keep a broken run
// from loading unbounded data into a request.
const MAX_CLAIMS = 200_000;
const MAX_GROUPS = 100_000;

interface ClaimRow {
  id: number;
  article_id: number;
  claim_key: string;
  start: number;
  end: number;
  kind: Claim['kind'];
  reason: string | null;
  certainty: Claim['certainty'];
  sentence: number;
  paragraph: number;
  text: string;
  features: string;
}

interface GroupRow {
  id: number;
  engine_id: string;
  label: string;
  verdict: Verdict;
  cohesion: number;
}

const q = statements((db) => ({
  summary: db.prepare<[number], { summary: string | null; engine: string | null }>(
    'SELECT summary, engine FROM analysis_runs WHERE id = ?'
  ),
  claims: db.prepare<[number, number], ClaimRow>(`SELECT id, article_id, claim_key, start, end, kind, reason,
      certainty, sentence, paragraph, text, features
    FROM claims WHERE run_id = ? ORDER BY id LIMIT ?`),
  groups: db.prepare<[number, number], GroupRow>(`SELECT id, engine_id, label, verdict, cohesion
    FROM claim_groups WHERE run_id = ? ORDER BY position LIMIT ?`),
  groupClaims: db.prepare<
    [number, number],
    { group_id: number; claim_id: number; secondary: number }
  >(`SELECT gc.group_id, gc.claim_id, gc.secondary
    FROM group_claims gc JOIN claim_groups g ON g.id = gc.group_id
    WHERE g.run_id = ? ORDER BY gc.group_id, gc.position LIMIT ?`),
  verdicts: db.prepare<[number, number], { group_id: number; outlet: string; verdict: Verdict }>(`SELECT
      v.group_id, v.outlet, v.verdict
    FROM group_verdicts v JOIN claim_groups g ON g.id = v.group_id
    WHERE g.run_id = ? ORDER BY v.group_id, v.rowid LIMIT ?`),
  discrepancies: db.prepare<
    [number, number],
    {
      group_id: number;
      type: DiscrepancyType;
      claim_a: number;
      claim_b: number;
      value_a: string;
      value_b: string;
    }
  >(`SELECT d.group_id, d.type, d.claim_a, d.claim_b, d.value_a, d.value_b
    FROM discrepancies d JOIN claim_groups g ON g.id = d.group_id
    WHERE g.run_id = ? ORDER BY d.group_id, d.position LIMIT ?`)
}));

/** Rebuilds the engine's AnalysisResult from a stored run (null when the run has no stored result). */
export function loadRunResult(db: Db, runId: number): AnalysisResult | null {
  const s = q(db);
  const run = s.summary.get(runId);
  if (!run?.summary) return null;
  const summary = JSON.parse(run.summary) as RunSummary;
  const outletOf = new Map(summary.articles.map((a) => [a.id, a.outlet]));
  const claimsOf = new Map<string, Claim[]>(summary.articles.map((a) => [a.id, []]));
  const keyOfRow = new Map<number, string>();
  for (const row of s.claims.all(runId, MAX_CLAIMS)) {
    const articleId = String(row.article_id);
    const claim = {
      id: row.claim_key,
      articleId,
      outlet: outletOf.get(articleId) ?? '',
      text: row.text,
      kind: row.kind,
      ...(row.reason === null ? {} : { reason: row.reason as NonClaimReason }),
      start: row.start,
      end: row.end,
      sentence: row.sentence,
      paragraph: row.paragraph,
      certainty: row.certainty,
      ...JSON.parse(row.features)
    } as Claim;
    keyOfRow.set(row.id, row.claim_key);
    claimsOf.get(articleId)?.push(claim);
  }
  const groups = new Map<number, ClaimGroup>();
  for (const row of s.groups.all(runId, MAX_GROUPS)) {
    groups.set(row.id, {
      id: row.engine_id,
      claims: [],
      label: row.label,
      verdict: row.verdict,
      outlets: {},
      discrepancies: [],
      cohesion: row.cohesion
    });
  }
  // A claim whose article was deleted since the run is gone (ON DELETE CASCADE); skip what refers to it.
  for (const row of s.groupClaims.all(runId, MAX_CLAIMS)) {
    const key = keyOfRow.get(row.claim_id);
    const group = groups.get(row.group_id);
    if (key === undefined || !group) continue;
    group.claims.push(key);
    if (row.secondary) (group.secondary ??= []).push(key);
  }
  for (const row of s.verdicts.all(runId, MAX_GROUPS * 64)) {
    const group = groups.get(row.group_id);
    if (group) group.outlets[row.outlet] = row.verdict;
  }
  for (const row of s.discrepancies.all(runId, MAX_CLAIMS)) {
    const a = keyOfRow.get(row.claim_a);
    const b = keyOfRow.get(row.claim_b);
    if (a === undefined || b === undefined) continue;
    groups
      .get(row.group_id)
      ?.discrepancies.push({ type: row.type, claims: [a, b], values: [row.value_a, row.value_b] });
  }
  return {
    engine: run.engine ?? '',
    articles: summary.articles
      .filter((a) => claimsOf.has(a.id))
      .map((a) => ({
        id: a.id,
        outlet: a.outlet,
        claims: claimsOf.get(a.id)!,
        ...(a.hash ? { hash: a.hash } : {})
      })),
    groups: [...groups.values()],
    outlets: summary.outlets,
    agreement: summary.agreement,
    derived: summary.derived
  };
}
