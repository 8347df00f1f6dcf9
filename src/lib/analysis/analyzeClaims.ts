// The back half of the claim engine: extracted claims in, facts, verdicts, discrepancies, outlet profiles,
// agreement and derived copies out. analyzeEvent runs the extractor and then this.
import { alignClaims } from './alignClaims';
import type { AlignModel } from './alignModel';
import { ALIGN_MODEL } from './alignModel';
import { claimKey, comparePairOnce, trimComparedPairs } from './comparedPairs';
import { claimComparer } from './claimComparer';
import { createEngineContext, type EngineContext } from './engineContext';
import { DERIVED_MIN_OVERLAP, findDerivedCopies } from './findDerivedCopies';
import { factLabel } from './factLabel';
import { assignFactIds, type FactIds } from './factIds';
import { groupClaims } from './groupClaims';
import { outletAgreement, summarizeOutlets } from './summarizeOutlets';
import type { AnalysisResult, ArticleInput, Claim, Fact, Discrepancy } from './types';
import { centralCandidates } from './verdicts';
import { verdictsOnce } from './verdictsOnce';

/** The engine's version, stored with every result: bump it whenever what the engine decides changes, so stored
 * results of an older version are analyzed again rather than reused (analyzeEvent, runAnalysis). */
export const ENGINE = 'parallax-claims/73';

export interface AnalyzedArticle {
  article: ArticleInput;
  claims: Claim[];
  hash?: string;
}

export function analyzeClaims(
  analyzed: AnalyzedArticle[],
  {
    alignModel = ALIGN_MODEL,
    factIds = { byCentral: new Map(), next: 1 },
    context = createEngineContext()
  }: { alignModel?: AlignModel; factIds?: FactIds; context?: EngineContext } = {}
): AnalysisResult {
  trimComparedPairs(context);
  const claims = analyzed.flatMap((a) => a.claims.filter((c) => c.kind === 'claim'));
  const edges = alignClaims(claims, { model: alignModel, context });
  const articleOf = claims.map((c) => c.articleId);
  // Each claim has one primary fact; a multi-fact claim is also listed in another fact it states
  // too (secondary members), so `clusters` may share claims.
  const { primary: primaryClusters, all: clusters } = groupClaims(articleOf, edges, alignModel.thresholds);
  const edgeOf = new Map(edges.map((e) => [e.a * claims.length + e.b, e]));
  const edge = (i: number, j: number) => edgeOf.get(Math.min(i, j) * claims.length + Math.max(i, j));
  const scoreOf = (i: number, j: number) => edge(i, j)?.score ?? 0;
  const outlets = [...new Set(analyzed.map((a) => a.article.outlet))];
  const articleById = new Map(analyzed.map((a) => [a.article.id, a]));
  // Values are compared as the correction path compares them (claimComparer).
  const compare = claimComparer(
    analyzed.map((a) => ({
      id: a.article.id,
      published: a.article.published,
      claims: a.claims,
      text: a.article.text
    })),
    context
  );

  // Claims named across runs (article hash + claim id), so pair comparisons and verdicts are reused.
  const keyOf = claims.map((c) => {
    const hash = articleById.get(c.articleId)?.hash;
    return hash === undefined ? undefined : claimKey(context, hash, c.id);
  });

  const centrals: Claim[] = [];
  const unnamed: Omit<Fact, 'id'>[] = clusters.map((members, k) => {
    const centrality = members.map((i) => members.reduce((s, j) => s + (i === j ? 0 : scoreOf(i, j)), 0));
    // The label comes from a primary member: a secondary one is there for another of its facts.
    const primaryCount = primaryClusters[k].length;
    const primaryCentrality = centrality.slice(0, primaryCount);
    // One representative per article (its most central claim), in article order, then the rest.
    const representatives = new Map<string, number>();
    members.forEach((i, m) => {
      const current = representatives.get(claims[i].articleId);
      if (current === undefined || centrality[m] > centrality[current])
        representatives.set(claims[i].articleId, m);
    });
    const firstIds = [...representatives.values()].map((m) => members[m]).sort((x, y) => x - y);
    const first = new Set(firstIds);
    const ordered = [...firstIds, ...members.filter((i) => !first.has(i))];

    const discrepancies: Discrepancy[] = [];
    let cohesionSum = 0;
    let cohesionPairs = 0;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [a, b] = [claims[members[x]], claims[members[y]]];
        if (a.articleId === b.articleId) continue;
        cohesionSum += scoreOf(members[x], members[y]);
        cohesionPairs++;
        // Values are compared between any two claims of a fact from different outlets: they state one fact.
        // (Requiring a direct alignment edge as well lost a third of the true conflicts on facts-dev.)
        if (a.outlet === b.outlet) continue;
        const found = comparePairOnce(context, keyOf[members[x]], keyOf[members[y]], () => compare(a, b));
        for (const d of found)
          discrepancies.push({ type: d.type, claims: [a.id, b.id], values: [d.values[0], d.values[1]] });
      }
    }
    // The central claim is the most central primary member among the centralCandidates.
    const candidates = new Set(
      centralCandidates(
        members.map((i) => claims[i]),
        discrepancies
      )
    );
    const eligible = primaryCentrality.map((v, m) => (candidates.has(claims[members[m]]) ? v : -Infinity));
    const pick = eligible.some((v) => v > -Infinity) ? eligible : primaryCentrality;
    const centralIndex = members[pick.indexOf(Math.max(...pick))];
    const central = claims[centralIndex];
    centrals.push(central);
    const { outlets: verdictByOutlet, verdict } = verdictsOnce(
      members.map((i) => claims[i]),
      members.map((i) => keyOf[i]),
      central,
      keyOf[centralIndex],
      discrepancies,
      outlets,
      context,
      alignModel.thresholds.sameCoverage
    );
    const secondary = members.slice(primaryCount).map((i) => claims[i].id);
    return {
      claims: ordered.map((i) => claims[i].id),
      ...(secondary.length ? { secondary } : {}),
      label: factLabel(central),
      verdict,
      outlets: verdictByOutlet,
      discrepancies,
      cohesion: cohesionPairs ? Math.round((cohesionSum / cohesionPairs) * 1000) / 1000 : 1
    };
  });

  // Facts keep their ids across re-analysis while their central claim survives (factIds.ts).
  const ids = assignFactIds(centrals, factIds);
  const facts: Fact[] = unnamed.map((g, k) => ({ id: ids[k], ...g }));

  const articles = analyzed.map((a) => ({
    id: a.article.id,
    outlet: a.article.outlet,
    claims: a.claims,
    ...(a.hash ? { hash: a.hash } : {})
  }));
  const derived = findDerivedCopies(
    analyzed.map((a) => ({
      id: a.article.id,
      published: a.article.published,
      text: a.article.text,
      sentences: a.claims.map((c) => c.text)
    })),
    DERIVED_MIN_OVERLAP,
    context
  );
  return {
    engine: ENGINE,
    articles,
    facts,
    outlets: summarizeOutlets(articles, facts),
    agreement: outletAgreement(articles, facts),
    derived
  };
}
