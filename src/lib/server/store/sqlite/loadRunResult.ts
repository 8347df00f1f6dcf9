import type {
  AnalysisResult,
  Claim,
  Fact,
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

interface FactRow {
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
  facts: db.prepare<[number, number], FactRow>(`SELECT id, engine_id, label, verdict, cohesion
    FROM facts WHERE run_id = ? ORDER BY position LIMIT ?`),
  groupClaims: db.prepare<
    [number, number],
    { fact_id: number; claim_id: number; secondary: number }
  >(`SELECT gc.fact_id, gc.claim_id, gc.secondary
    FROM fact_claims gc JOIN facts g ON g.id = gc.fact_id
    WHERE g.run_id = ? ORDER BY gc.fact_id, gc.position LIMIT ?`),
  verdicts: db.prepare<[number, number], { fact_id: number; outlet: string; verdict: Verdict }>(`SELECT
      v.fact_id, v.outlet, v.verdict
    FROM fact_verdicts v JOIN facts g ON g.id = v.fact_id
    WHERE g.run_id = ? ORDER BY v.fact_id, v.rowid LIMIT ?`),
  discrepancies: db.prepare<
    [number, number],
    {
      fact_id: number;
      type: DiscrepancyType;
      claim_a: number;
      claim_b: number;
      value_a: string;
      value_b: string;
    }
  >(`SELECT d.fact_id, d.type, d.claim_a, d.claim_b, d.value_a, d.value_b
    FROM discrepancies d JOIN facts g ON g.id = d.fact_id
    WHERE g.run_id = ? ORDER BY d.fact_id, d.position LIMIT ?`)
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
  const facts = new Map<number, Fact>();
  for (const row of s.facts.all(runId, MAX_GROUPS)) {
    facts.set(row.id, {
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
    const fact = facts.get(row.fact_id);
    if (key === undefined || !fact) continue;
    fact.claims.push(key);
    if (row.secondary) (fact.secondary ??= []).push(key);
  }
  for (const row of s.verdicts.all(runId, MAX_GROUPS * 64)) {
    const fact = facts.get(row.fact_id);
    if (fact) fact.outlets[row.outlet] = row.verdict;
  }
  for (const row of s.discrepancies.all(runId, MAX_CLAIMS)) {
    const a = keyOfRow.get(row.claim_a);
    const b = keyOfRow.get(row.claim_b);
    if (a === undefined || b === undefined) continue;
    facts
      .get(row.fact_id)
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
    facts: [...facts.values()],
    outlets: summary.outlets,
    agreement: summary.agreement,
    derived: summary.derived
  };
}
