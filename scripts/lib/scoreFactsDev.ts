// The facts-dev scores (align, conflict, non-claim P/R/F1) of an AnalysisResult, as defined in
// ../shared/data/facts-dev/README.md. Development copy for tuning; `npm run eval` is the official scorer.
import type { AnalysisResult } from '../../src/lib/analysis/types';
import type { DevEvent, LabelledSentence } from './factsDevEvents';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function scoreFactsDev(
  event: DevEvent,
  result: AnalysisResult
): { align: Counts; conflict: Counts; nonClaim: Counts } {
  // Claim id -> gold sentence key, by largest overlap.
  const sentenceOfClaim = new Map<string, string>();
  const claimsOfSentence = new Map<string, string[]>();
  const hasClaim = new Set<string>();
  for (const article of result.articles) {
    const sentences = event.sentences.get(article.id) ?? [];
    for (const claim of article.claims) {
      let best: LabelledSentence | undefined;
      let bestOverlap = 0;
      for (const s of sentences) {
        const overlap = Math.min(s.end, claim.end) - Math.max(s.start, claim.start);
        if (overlap > bestOverlap) [best, bestOverlap] = [s, overlap];
      }
      if (!best) continue;
      const key = `${best.doc}#${best.n}`;
      sentenceOfClaim.set(claim.id, key);
      if (!claimsOfSentence.has(key)) claimsOfSentence.set(key, []);
      claimsOfSentence.get(key)!.push(claim.id);
      if (claim.kind === 'claim')
        for (const s of sentences)
          if (Math.min(s.end, claim.end) > Math.max(s.start, claim.start)) hasClaim.add(`${s.doc}#${s.n}`);
    }
  }
  // A claim may be listed in several groups (secondary members), like the official scorer counts them.
  const groupsOf = new Map<string, string[]>();
  for (const g of result.groups)
    for (const c of g.claims) groupsOf.set(c, [...(groupsOf.get(c) ?? []), g.id]);
  const conflictPairs = new Set<string>();
  for (const g of result.groups)
    for (const d of g.discrepancies) {
      const [x, y] = d.claims.map((c) => sentenceOfClaim.get(c));
      if (x && y) conflictPairs.add(`${x}|${y}`).add(`${y}|${x}`);
    }

  const conflictsOf = new Map<string, Set<string>>();
  for (const f of event.gold.facts) conflictsOf.set(f.id, new Set(f.conflicts.map(([a, b]) => `${a}|${b}`)));
  const all = [...event.sentences.values()].flat();
  const claims = all.filter((s) => s.kind === 'claim');
  const align: Counts = { tp: 0, fp: 0, fn: 0 };
  const conflict: Counts = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      if (a.doc === b.doc) continue;
      const ka = `${a.doc}#${a.n}`;
      const kb = `${b.doc}#${b.n}`;
      const gb = new Set((claimsOfSentence.get(kb) ?? []).flatMap((c) => groupsOf.get(c) ?? []));
      const predicted = (claimsOfSentence.get(ka) ?? []).some((c) =>
        (groupsOf.get(c) ?? []).some((g) => gb.has(g))
      );
      const shared = a.facts.filter((fa) => b.facts.some((fb) => fb.fact === fa.fact));
      const gold = shared.length > 0;
      if (gold && predicted) align.tp++;
      else if (predicted) align.fp++;
      else if (gold) align.fn++;
      if (!gold) continue;
      const goldConflict = shared.some((fa) => {
        const fb = b.facts.find((f) => f.fact === fa.fact)!;
        const values = conflictsOf.get(fa.fact)!;
        if (
          fa.value &&
          fb.value &&
          (values.has(`${fa.value}|${fb.value}`) || values.has(`${fb.value}|${fa.value}`))
        )
          return true;
        return (fa.certainty === 'denied') !== (fb.certainty === 'denied');
      });
      const predictedConflict = conflictPairs.has(`${ka}|${kb}`);
      if (goldConflict && predictedConflict) conflict.tp++;
      else if (predictedConflict) conflict.fp++;
      else if (goldConflict) conflict.fn++;
    }
  }
  const nonClaim: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const s of all) {
    const gold = s.kind === 'non-claim';
    const predicted = !hasClaim.has(`${s.doc}#${s.n}`);
    if (gold && predicted) nonClaim.tp++;
    else if (predicted) nonClaim.fp++;
    else if (gold) nonClaim.fn++;
  }
  return { align, conflict, nonClaim };
}
