// Applies people's corrections to an engine result, as constraints on claims named by (articleId, start, end).
// Order of application, whatever order the corrections were made in:
//   1. claim edits (claim / non-claim, span fixes), in the order given;
//   2. grouping (merge, split, move), in the order given, over the engine's facts;
//   3. facts whose members changed get their label, order, discrepancies and cohesion re-derived;
//   4. discrepancies added or dismissed;
//   5. verdicts re-derived for every fact touched by 1-4 (engine rules), then per-outlet overrides;
//   6. outlet summaries and agreement recomputed with the engine's functions.
// Untouched facts keep exactly what the engine said. A correction that cannot apply any more (its article was
// removed, its claim span is gone) comes back in `stale` with the reason; nothing is dropped silently.
import { claimRefKey, claimsNamedBy, type ClaimRef, type Correction } from './corrections';
import {
  centralClaim,
  deriveVerdicts,
  labelledCentral,
  orderMembers,
  overallVerdict,
  pairFacts
} from './deriveFact';
import { claimComparer } from './claimComparer';
import { createEngineContext, type EngineContext } from './engineContext';
import { factLabel } from './factLabel';
import { extractFeatures } from './features/extractFeatures';
import { outletAgreement, summarizeOutlets } from './summarizeOutlets';
import type { AnalysisResult, Claim, Fact, Discrepancy } from './types';

export interface StaleCorrection {
  id: string;
  reason: string;
}

export interface CorrectedResult {
  result: AnalysisResult;
  applied: string[];
  stale: StaleCorrection[];
}

interface WorkingFact {
  id: string;
  members: Claim[];
  /** Members whose primary fact is another one (multi-fact claims, see Fact.secondary). */
  secondary: Set<Claim>;
  engine: Fact | null;
  /** Members changed: re-derive label, order, discrepancies, cohesion and verdicts. */
  regroup: boolean;
  /** Discrepancies changed: re-derive verdicts. */
  reverdict: boolean;
  discrepancies: Discrepancy[];
  /** The engine's, re-derived with the discrepancies when the members changed. */
  cohesion: number;
}

export interface ApplyOptions {
  /**
   * The event's articles now. Articles of the result not in it (removed since the run) are left out at once,
   * their claims taken out of their facts, without waiting for the re-analysis.
   */
  articles?: ReadonlySet<string>;
  /**
   * The articles' publication dates (ArticleInput.published) by id. Values of regrouped facts are compared as the
   * engine compares them, and the year an article reports from decides which of its figures look back (articleYear).
   */
  published?: ReadonlyMap<string, string>;
  /** Where claim profiles are remembered (a fresh one per call by default). */
  context?: EngineContext;
}

export function applyCorrections(
  result: AnalysisResult,
  corrections: Correction[],
  options: ApplyOptions = {}
): CorrectedResult {
  const live = options.articles;
  const context = options.context ?? createEngineContext();
  const dropped = live ? result.articles.filter((a) => !live.has(a.id)).map((a) => a.id) : [];
  if (!corrections.length && !dropped.length) return { result, applied: [], stale: [] };
  const applied: string[] = [];
  const stale: StaleCorrection[] = [];

  const articles = result.articles
    .filter((a) => !dropped.includes(a.id))
    .map((a) => ({ ...a, claims: a.claims.map((c) => ({ ...c })) }));
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const claimById = new Map<string, Claim>();
  const byAnchor = new Map<string, Claim>();
  for (const a of articles) {
    for (const c of a.claims) {
      claimById.set(c.id, c);
      byAnchor.set(claimRefKey(c), c);
    }
  }
  const find = (ref: ClaimRef) => byAnchor.get(claimRefKey(ref));
  /** Why the correction cannot apply, or null when every claim it names is there. */
  const missing = (c: Correction): string | null => {
    for (const ref of claimsNamedBy(c)) {
      if (find(ref)) continue;
      if (!articleOrder.has(ref.articleId)) return `Article ${ref.articleId} is no longer in the event.`;
      return `Article ${ref.articleId} has no sentence at ${ref.start}-${ref.end} any more (its text changed).`;
    }
    return null;
  };
  const notAClaim = (c: Correction): string | null => {
    const unit = claimsNamedBy(c)
      .map(find)
      .find((x) => x?.kind !== 'claim');
    return unit ? `“${unit.text.slice(0, 60)}” is marked as a non-claim, so it belongs to no fact.` : null;
  };

  const facts: WorkingFact[] = result.facts.map((g) => {
    const members = g.claims.map((id) => claimById.get(id)).filter((c): c is Claim => !!c);
    const secondary = new Set(g.secondary ?? []);
    return {
      id: g.id,
      members,
      secondary: new Set(members.filter((c) => secondary.has(c.id))),
      engine: g,
      // Members of removed articles left: re-derive what is left of the fact.
      regroup: members.length !== g.claims.length,
      reverdict: false,
      discrepancies: g.discrepancies,
      cohesion: g.cohesion
    };
  });
  let nextFact = Math.max(0, ...result.facts.map((g) => Number(g.id.replace(/^\D+/, '')) || 0)) + 1;
  /** The claim's primary fact (a claim may also be a secondary member of others). */
  const factOf = (claim: Claim) => facts.find((g) => g.members.includes(claim) && !g.secondary.has(claim));
  /** A fact listing both claims, primary or secondary. */
  const factWithBoth = (a: Claim, b: Claim) =>
    factOf(a)?.members.includes(b)
      ? factOf(a)
      : facts.find((g) => g.members.includes(a) && g.members.includes(b));
  const newFact = (members: Claim[]): WorkingFact => {
    const g: WorkingFact = {
      id: `g${nextFact++}`,
      members,
      secondary: new Set(),
      engine: null,
      regroup: true,
      reverdict: true,
      discrepancies: [],
      // Set in step 3 with its discrepancies (a new fact is regrouped).
      cohesion: 1
    };
    facts.push(g);
    return g;
  };
  const factFor = (claim: Claim) => factOf(claim) ?? newFact([claim]);
  /** Takes the claim out of every fact that lists it: a person's grouping overrides the engine's secondary guesses. */
  const takeOut = (claim: Claim) => {
    for (const g of facts) {
      if (!g.members.includes(claim)) continue;
      g.members = g.members.filter((m) => m !== claim);
      g.secondary.delete(claim);
      g.regroup = true;
    }
  };

  const claimEdits = corrections.filter((c) => c.kind === 'claim-kind' || c.kind === 'span');
  const grouping = corrections.filter((c) => c.kind === 'merge' || c.kind === 'split' || c.kind === 'move');
  const discrepancyEdits = corrections.filter(
    (c) => c.kind === 'add-discrepancy' || c.kind === 'dismiss-discrepancy'
  );
  const verdictEdits = corrections.filter((c) => c.kind === 'verdict');

  // 1. Claim edits.
  for (const c of claimEdits) {
    const why = missing(c);
    if (why) {
      stale.push({ id: c.id, reason: why });
      continue;
    }
    if (c.kind === 'claim-kind') {
      const claim = find(c.claim)!;
      if (claim.kind !== c.to) {
        claim.kind = c.to;
        if (c.to === 'non-claim') takeOut(claim);
        else {
          delete claim.reason;
          newFact([claim]);
        }
      }
      applied.push(c.id);
    } else if (c.kind === 'span') {
      const claim = find(c.claim)!;
      if (c.end <= c.start || c.text.length !== c.end - c.start || !c.text.trim()) {
        stale.push({ id: c.id, reason: `The new span ${c.start}-${c.end} does not match its text.` });
        continue;
      }
      Object.assign(claim, extractFeatures(c.text, c.start), { start: c.start, end: c.end, text: c.text });
      byAnchor.set(claimRefKey(claim), claim);
      for (const g of facts) if (g.members.includes(claim)) g.regroup = true;
      applied.push(c.id);
    }
  }

  // 2. Grouping.
  for (const c of grouping) {
    const why = missing(c) ?? notAClaim(c);
    if (why) {
      stale.push({ id: c.id, reason: why });
      continue;
    }
    if (c.kind === 'merge') {
      const targets = [...new Set(c.claims.map((r) => factFor(find(r)!)))];
      const [into, ...rest] = targets.sort((x, y) => facts.indexOf(x) - facts.indexOf(y));
      for (const g of rest) {
        // A claim primary in any merged fact is primary in the result; none is listed twice.
        for (const m of g.members) {
          if (!g.secondary.has(m)) into.secondary.delete(m);
          else if (!into.members.includes(m)) into.secondary.add(m);
          if (!into.members.includes(m)) into.members.push(m);
        }
        into.discrepancies = [...into.discrepancies, ...g.discrepancies];
        g.members = [];
        g.secondary.clear();
      }
      if (rest.length) into.regroup = true;
    } else if (c.kind === 'split') {
      const claims = [...new Set(c.claims.map((r) => find(r)!))];
      claims.forEach(takeOut);
      newFact(claims);
    } else {
      const claim = find(c.claim)!;
      const target = c.to ? factFor(find(c.to)!) : null;
      if (target && target.members.includes(claim) && !target.secondary.has(claim)) {
        applied.push(c.id);
        continue;
      }
      takeOut(claim);
      if (target) {
        target.members.push(claim);
        target.regroup = true;
      } else newFact([claim]);
    }
    applied.push(c.id);
  }

  // 3. Re-derive regrouped facts.
  const compare = claimComparer(
    articles.map((a) => ({ id: a.id, published: options.published?.get(a.id), claims: a.claims })),
    context
  );
  const nonEmpty = () => facts.filter((g) => g.members.length > 0);
  for (const g of nonEmpty()) {
    if (!g.regroup) continue;
    ({ discrepancies: g.discrepancies, cohesion: g.cohesion } = pairFacts(g.members, compare, context));
    g.reverdict = true;
  }

  // 4. Discrepancies added or dismissed.
  for (const c of discrepancyEdits) {
    const why = missing(c);
    if (why) {
      stale.push({ id: c.id, reason: why });
      continue;
    }
    const [a, b] = c.claims.map((r) => find(r)!);
    const g = factWithBoth(a, b);
    const together = !!g;
    if (c.kind === 'add-discrepancy') {
      if (!together) {
        stale.push({ id: c.id, reason: 'The two claims are no longer in the same fact.' });
        continue;
      }
      g.discrepancies = [
        ...g.discrepancies.filter((d) => !sameDiscrepancy(d, a.id, b.id, c.type)),
        { type: c.type, claims: [a.id, b.id], values: c.values }
      ];
      g.reverdict = true;
    } else if (together) {
      g.discrepancies = g.discrepancies.filter((d) => !sameDiscrepancy(d, a.id, b.id, c.type));
      g.reverdict = true;
    }
    applied.push(c.id);
  }

  // 5. Verdicts, then overrides.
  const outletNames = [...new Set(articles.map((a) => a.outlet))];
  const finished = new Map<WorkingFact, Fact>();
  for (const g of nonEmpty()) {
    if (!g.engine || g.regroup || g.reverdict) {
      const central =
        g.regroup || !g.engine
          ? centralClaim(g.members, g.discrepancies, context)
          : labelledCentral(g.engine, g.members, context);
      const { outlets, verdict } = deriveVerdicts(g.members, central, g.discrepancies, outletNames, context);
      const secondary = g.members.filter((m) => g.secondary.has(m)).map((m) => m.id);
      finished.set(g, {
        id: g.id,
        claims: orderMembers(g.members, central, articleOrder, context),
        ...(secondary.length ? { secondary } : {}),
        label: g.regroup || !g.engine ? factLabel(central) : g.engine.label,
        verdict,
        outlets,
        discrepancies: g.discrepancies,
        cohesion: g.cohesion
      });
    } else finished.set(g, g.engine);
  }
  for (const c of verdictEdits) {
    const why = missing(c) ?? notAClaim(c);
    if (why) {
      stale.push({ id: c.id, reason: why });
      continue;
    }
    const g = factOf(find(c.claim)!);
    const fact = g && finished.get(g);
    if (!fact || !(c.outlet in fact.outlets)) {
      stale.push({ id: c.id, reason: `Outlet “${c.outlet}” is no longer in the event.` });
      continue;
    }
    const outlets = { ...fact.outlets, [c.outlet]: c.verdict };
    finished.set(g, { ...fact, outlets, verdict: overallVerdict(outlets) });
    applied.push(c.id);
  }

  // 6. Summaries over the corrected facts.
  const correctedFacts = nonEmpty().map((g) => finished.get(g)!);
  return {
    result: {
      ...result,
      articles,
      facts: correctedFacts,
      outlets: summarizeOutlets(articles, correctedFacts),
      agreement: outletAgreement(articles, correctedFacts),
      derived: result.derived.filter((d) => !dropped.includes(d.article) && !dropped.includes(d.source))
    },
    applied,
    stale
  };
}

function sameDiscrepancy(d: Discrepancy, a: string, b: string, type: Discrepancy['type']): boolean {
  return (
    d.type === type && ((d.claims[0] === a && d.claims[1] === b) || (d.claims[0] === b && d.claims[1] === a))
  );
}
