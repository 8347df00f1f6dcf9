import type { AnalysisResult, Claim } from '../../../analysis/types';
import type { Db } from './db';
import { statements } from './statements';

/** What the run keeps whole as JSON: the small per-event summaries and the engine's article order. */
export interface RunSummary {
  articles: { id: string; outlet: string; hash?: string }[];
  outlets: AnalysisResult['outlets'];
  agreement: AnalysisResult['agreement'];
  derived: AnalysisResult['derived'];
  /** The run's scored pair probabilities, kept so a re-analysis after a restart need not score them again. */
}

const q = statements((db) => ({
  article: db.prepare<[number, number], { id: number }>(
    'SELECT id FROM articles WHERE id = ? AND event_id = ?'
  ),
  claim: db.prepare(`INSERT INTO claims
    (run_id, article_id, claim_key, start, end, kind, reason, certainty, sentence, paragraph, text, features)
    VALUES (@run, @article, @key, @start, @end, @kind, @reason, @certainty, @sentence, @paragraph, @text, @features)`),
  fact: db.prepare(`INSERT INTO facts
    (run_id, engine_id, fact_key, position, label, verdict, cohesion, reporting_outlets, non_claim)
    VALUES (@run, @engineId, @key, @position, @label, @verdict, @cohesion, @reporting, @nonClaim)`),
  factClaim: db.prepare<[number, number, number, number]>(
    'INSERT INTO fact_claims (fact_id, position, claim_id, secondary) VALUES (?, ?, ?, ?)'
  ),
  verdict: db.prepare<[number, string, string]>(
    'INSERT INTO fact_verdicts (fact_id, outlet, verdict) VALUES (?, ?, ?)'
  ),
  discrepancy: db.prepare(`INSERT INTO discrepancies
    (fact_id, position, type, claim_a, claim_b, value_a, value_b)
    VALUES (@fact, @position, @type, @a, @b, @valueA, @valueB)`)
}));

// Claim fields stored in their own columns; everything else (the features, and any optional field the engine
// adds later) goes into the features JSON so a reload gives back exactly what the engine returned.
const CLAIM_COLUMNS = new Set([
  'id',
  'articleId',
  'outlet',
  'text',
  'kind',
  'reason',
  'start',
  'end',
  'sentence',
  'paragraph',
  'certainty'
]);

export function claimFeaturesJson(claim: Claim): string {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(claim)) if (!CLAIM_COLUMNS.has(key)) rest[key] = value;
  return JSON.stringify(rest);
}

/** "<article id>:<start>-<end>": how corrections name a claim, stable while the article text is unchanged. */
export function claimAnchor(claim: Pick<Claim, 'articleId' | 'start' | 'end'>): string {
  return `${claim.articleId}:${claim.start}-${claim.end}`;
}

/**
 * Writes an engine result under an existing run: claims, facts (with stable keys), verdicts, discrepancies.
 * Throws when the result names an article that is not in the event or a claim id it does not define; call
 * inside a transaction so nothing half-written survives. Returns the summary to keep on the run.
 */
export function storeAnalysisResult(
  db: Db,
  runId: number,
  eventId: number,
  result: AnalysisResult
): RunSummary {
  const s = q(db);
  const claimRows = new Map<string, number>();
  const claimsById = new Map<string, Claim>();
  for (const article of result.articles) {
    const articleId = Number(article.id);
    if (!Number.isInteger(articleId) || !s.article.get(articleId, eventId)) {
      throw new Error(
        `The analysis names article ${JSON.stringify(article.id)}, which is not in event ${eventId}.`
      );
    }
    for (const claim of article.claims) {
      if (claimRows.has(claim.id)) throw new Error(`The analysis has claim id ${claim.id} twice.`);
      const row = s.claim.run({
        run: runId,
        article: articleId,
        key: claim.id,
        start: claim.start,
        end: claim.end,
        kind: claim.kind,
        reason: claim.reason ?? null,
        certainty: claim.certainty,
        sentence: claim.sentence,
        paragraph: claim.paragraph,
        text: claim.text,
        features: claimFeaturesJson(claim)
      });
      claimRows.set(claim.id, Number(row.lastInsertRowid));
      claimsById.set(claim.id, claim);
    }
  }
  const rowOf = (claimId: string, factId: string): number => {
    const row = claimRows.get(claimId);
    if (row === undefined) throw new Error(`Fact ${factId} names claim ${claimId}, which no article has.`);
    return row;
  };
  const usedKeys = new Set<string>();
  result.facts.forEach((fact, position) => {
    const first = fact.claims.length ? claimsById.get(fact.claims[0]) : undefined;
    let key = first ? claimAnchor(first) : `fact:${fact.id}`;
    // Two facts with the same representative span cannot both own it; keep keys unique within the run.
    if (usedKeys.has(key)) key = `${key}#${fact.id}`;
    usedKeys.add(key);
    const nonClaim =
      fact.claims.length > 0 && fact.claims.every((id) => claimsById.get(id)?.kind === 'non-claim');
    const factRow = Number(
      s.fact.run({
        run: runId,
        engineId: fact.id,
        key,
        position,
        label: fact.label,
        verdict: fact.verdict,
        cohesion: fact.cohesion,
        reporting: Object.values(fact.outlets).filter((v) => v !== 'absent').length,
        nonClaim: nonClaim ? 1 : 0
      }).lastInsertRowid
    );
    const secondary = new Set(fact.secondary ?? []);
    fact.claims.forEach((claimId, i) =>
      s.factClaim.run(factRow, i, rowOf(claimId, fact.id), secondary.has(claimId) ? 1 : 0)
    );
    for (const [outlet, verdict] of Object.entries(fact.outlets)) s.verdict.run(factRow, outlet, verdict);
    fact.discrepancies.forEach((d, i) =>
      s.discrepancy.run({
        fact: factRow,
        position: i,
        type: d.type,
        a: rowOf(d.claims[0], fact.id),
        b: rowOf(d.claims[1], fact.id),
        valueA: d.values[0],
        valueB: d.values[1]
      })
    );
  });
  return {
    articles: result.articles.map((a) => ({
      id: a.id,
      outlet: a.outlet,
      ...(a.hash ? { hash: a.hash } : {})
    })),
    outlets: result.outlets,
    agreement: result.agreement,
    derived: result.derived
  };
}
