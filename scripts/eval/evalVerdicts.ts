// Per-outlet verdicts against facts-dev's values: does an outlet say the same as the fact's central claim, or
// only partly (goldRelation: the same values for the facts two sentences share, as firmly, or not)? A conflict is
// for the conflict score. An outlet is scored when the engine lists it in a fact, the fact's central claim and one
// of the outlet's claims sit on gold claim sentences that share a fact without conflict, and the engine does not
// say "differs". Gold: 'same' when one of its sentences reports the shared facts alike, else 'partial'.
import { labelledMember } from '../../src/lib/analysis/factLabel';
import { sameCoverageOf } from '../../src/lib/analysis/deriveFact';
import { factVerdicts } from '../../src/lib/analysis/verdicts';
import type { AnalysisResult, Claim, Verdict } from '../../src/lib/analysis/types';
import { sentenceOfClaims, type KeyedSpan } from './claimSentences';
import type { LabelledSentence, LoadedFactsEvent } from './evalFacts';
import { goldConflicts, goldRelation } from './goldRelation';

/** One scored outlet of one fact. */
export interface OutletVerdictCase {
  gold: 'same' | 'partial';
  /** The engine's verdict. */
  engine: Verdict;
  /** The verdict whatever the bound of "same" (a hedging outlet is partial at any bound); else undefined. */
  fixed?: Verdict;
  /** sameCoverageOf the outlet's closest claim: 'same' at any bound up to it. */
  coverage: number;
}

/** The scored outlets of one analyzed facts-dev event. */
export function outletVerdictCases(event: LoadedFactsEvent, result: AnalysisResult): OutletVerdictCase[] {
  const byDoc = new Map<string, KeyedSpan[]>();
  for (const s of event.sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  const sentenceOf = sentenceOfClaims(result, byDoc);
  const spanOf = new Map(event.sentences.map((s) => [s.key, s]));
  const claims = new Map(result.articles.flatMap((a) => a.claims.map((c) => [c.id, c])));
  const outlets = [...new Set(result.articles.map((a) => a.outlet))];
  const conflicts = goldConflicts(event.event);
  const cases: OutletVerdictCase[] = [];
  for (const fact of result.facts) {
    const members = fact.claims.map((id) => claims.get(id)!);
    const central = labelledMember(fact, members);
    const centralSpan = central && spanOf.get(sentenceOf.get(central.id) ?? '');
    if (!central || !centralSpan) continue;
    const said = members.filter((c) => c.outlet === central.outlet);
    // The verdicts with nobody, and with everybody, saying the same: where they agree the bound decides nothing.
    const at = (same: (c: Claim) => boolean) =>
      factVerdicts(members, central, fact.discrepancies, outlets, (c) => c === central || same(c)).outlets;
    const [none, all] = [at(() => false), at(() => true)];
    for (const outlet of new Set(members.map((c) => c.outlet))) {
      if (outlet === central.outlet || fact.outlets[outlet] === 'differ') continue;
      const own = members.filter((c) => c.outlet === outlet);
      const verdicts = own
        .map((c) => spanOf.get(sentenceOf.get(c.id) ?? ''))
        .filter((s): s is LabelledSentence => !!s && s.doc !== centralSpan.doc)
        .map((s) => goldRelation(conflicts, s.gold, centralSpan.gold));
      if (verdicts.includes('differ')) continue;
      const gold = verdicts.includes('same') ? 'same' : verdicts.includes('partial') ? 'partial' : undefined;
      if (!gold) continue;
      cases.push({
        gold,
        engine: fact.outlets[outlet],
        ...(none[outlet] === all[outlet] ? { fixed: none[outlet] } : {}),
        coverage: Math.max(...own.map((c) => sameCoverageOf(c, said)))
      });
    }
  }
  return cases;
}

export interface VerdictScores {
  outlets: number;
  accuracy: number;
  sameF1: number;
  partialF1: number;
  /** Mean of the two F1s: what the bound is tuned on (always 'same' would score high accuracy). */
  macroF1: number;
}

/** Scores of verdicts against the cases' gold (the engine's own, or `verdictOf` a case). */
export function verdictScores(
  cases: readonly OutletVerdictCase[],
  verdictOf: (c: OutletVerdictCase) => Verdict = (c) => c.engine
): VerdictScores {
  const n = { ss: 0, sp: 0, ps: 0, pp: 0 };
  for (const c of cases) {
    const same = verdictOf(c) === 'same';
    if (c.gold === 'same') n[same ? 'ss' : 'sp']++;
    else n[same ? 'ps' : 'pp']++;
  }
  const f1 = (tp: number) => (tp ? (2 * tp) / (2 * tp + n.sp + n.ps) : 0);
  const [sameF1, partialF1] = [f1(n.ss), f1(n.pp)];
  return {
    outlets: cases.length,
    accuracy: cases.length ? (n.ss + n.pp) / cases.length : 0,
    sameF1,
    partialF1,
    macroF1: (sameF1 + partialF1) / 2
  };
}

/** The engine's verdict of a case had the bound of "same" been `bound`. */
export function verdictAtBound(c: OutletVerdictCase, bound: number): Verdict {
  return c.fixed ?? (c.coverage >= bound ? 'same' : 'partial');
}
