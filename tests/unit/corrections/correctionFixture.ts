// Engine-shaped results built in code for the correction tests: articles made of tagged sentences, claims with
// real features (extractFeatures), facts = sentences sharing a fact tag, verdicts and summaries from the engine's
// own functions. Claim and fact ids carry the run number, as ids differ between real runs; spans do not.
import type { ClaimRef } from '../../../src/lib/analysis/corrections';
import { claimComparer } from '../../../src/lib/analysis/claimComparer';
import { deriveVerdicts, pairFacts } from '../../../src/lib/analysis/deriveFact';
import { extractFeatures } from '../../../src/lib/analysis/features/extractFeatures';
import { outletAgreement, summarizeOutlets } from '../../../src/lib/analysis/summarizeOutlets';
import type { AnalysisResult, Claim, Fact, Discrepancy } from '../../../src/lib/analysis/types';

/** A sentence and the fact it states (null: a non-claim). */
export type TaggedSentence = [fact: string | null, text: string];

export interface FixtureArticle {
  id: string;
  outlet: string;
  sentences: TaggedSentence[];
}

export const HACK_REUTERS: TaggedSentence = [
  'hack',
  'Iranian hackers attacked Albanian government servers in July.'
];
export const TIES_REUTERS: TaggedSentence = ['ties', 'Albania cut diplomatic ties with Iran on September 7.'];
export const SHARE: TaggedSentence = [null, 'Share this article.'];
export const HACK_RT: TaggedSentence = [
  'hack',
  "Hackers linked to Iran struck Albania's government systems in July."
];
export const TIES_RT: TaggedSentence = ['ties', 'Tirana severed relations with Tehran on September 8.'];
export const NATO_RT: TaggedSentence = ['nato', 'NATO sent a delegation of cyber experts to Tirana.'];
export const NATO_BBC: TaggedSentence = ['nato-bbc', 'A team of NATO cyber experts arrived in Tirana.'];
export const EXPEL_BBC: TaggedSentence = ['expel', 'Albania expelled Iranian diplomats.'];

export const REUTERS: FixtureArticle = {
  id: '1',
  outlet: 'Reuters',
  sentences: [HACK_REUTERS, TIES_REUTERS, SHARE]
};
export const RT: FixtureArticle = { id: '2', outlet: 'RT', sentences: [HACK_RT, TIES_RT, NATO_RT] };
export const BBC: FixtureArticle = { id: '3', outlet: 'BBC', sentences: [NATO_BBC, EXPEL_BBC] };

/** Where a sentence sits in its article (sentences are joined with one space). */
export function ref(article: FixtureArticle, sentence: TaggedSentence): ClaimRef {
  const index = article.sentences.indexOf(sentence);
  if (index < 0) throw new Error(`Sentence not in article ${article.id}: ${sentence[1]}`);
  const start = article.sentences.slice(0, index).reduce((n, [, text]) => n + text.length + 1, 0);
  return { articleId: article.id, start, end: start + sentence[1].length };
}

/**
 * One "run" of the engine over the articles. `extraDiscrepancies` are added to the fact of their first claim
 * (facts whose values the fixture wants to differ no matter what compareValues finds).
 */
export function buildResult(
  run: number,
  list: FixtureArticle[],
  extraDiscrepancies: { a: ClaimRef; b: ClaimRef; type: Discrepancy['type']; values: [string, string] }[] = []
): AnalysisResult {
  const articles = list.map((article) => {
    const claims: Claim[] = article.sentences.map((sentence, i) => {
      const { start, end } = ref(article, sentence);
      return {
        ...extractFeatures(sentence[1], start),
        id: `r${run}-${article.id}-${i}`,
        articleId: article.id,
        outlet: article.outlet,
        text: sentence[1],
        kind: sentence[0] ? 'claim' : 'non-claim',
        ...(sentence[0] ? {} : { reason: 'share-prompt' as const }),
        start,
        end,
        sentence: i,
        paragraph: 0
      };
    });
    return { id: article.id, outlet: article.outlet, claims };
  });
  const tagOf = new Map(
    list.flatMap((a, ai) => a.sentences.map((s, i) => [articles[ai].claims[i].id, s[0]] as const))
  );
  const allClaims = articles.flatMap((a) => a.claims);
  const tags = [...new Set(allClaims.map((c) => tagOf.get(c.id)).filter((t): t is string => !!t))];
  // Later runs list facts in reverse, as a re-analysis may order them differently.
  if (run % 2 === 0) tags.reverse();
  const outlets = [...new Set(list.map((a) => a.outlet))];
  const compare = claimComparer(articles);
  const facts: Fact[] = tags.map((tag, k) => {
    const members = allClaims.filter((c) => tagOf.get(c.id) === tag);
    const byAnchor = (r: ClaimRef) => members.find((c) => c.articleId === r.articleId && c.start === r.start);
    const extra = extraDiscrepancies
      .filter((d) => byAnchor(d.a) && byAnchor(d.b))
      .map((d) => ({
        type: d.type,
        claims: [byAnchor(d.a)!.id, byAnchor(d.b)!.id] as [string, string],
        values: d.values
      }));
    const discrepancies = [...pairFacts(members, compare).discrepancies, ...extra];
    const { outlets: verdicts, verdict } = deriveVerdicts(members, members[0], discrepancies, outlets);
    return {
      id: `g${run}${k + 1}`,
      claims: members.map((c) => c.id),
      label: members[0].text,
      verdict,
      outlets: verdicts,
      discrepancies,
      cohesion: 1
    };
  });
  return {
    engine: 'fixture',
    articles,
    facts,
    outlets: summarizeOutlets(articles, facts),
    agreement: outletAgreement(articles, facts),
    derived: []
  };
}

/** The fact holding the claim at `r`, as a list of member anchors ("1:0-60"), sorted. */
export function factAnchors(result: AnalysisResult, r: ClaimRef): string[] {
  const claims = result.articles.flatMap((a) => a.claims);
  const claim = claims.find((c) => c.articleId === r.articleId && c.start === r.start && c.end === r.end);
  const fact = claim && result.facts.find((g) => g.claims.includes(claim.id));
  if (!fact) return [];
  return fact.claims
    .map((id) => claims.find((c) => c.id === id)!)
    .map((c) => `${c.articleId}:${c.start}-${c.end}`)
    .sort();
}

export function factOfRef(result: AnalysisResult, r: ClaimRef): Fact | undefined {
  const claim = result.articles
    .flatMap((a) => a.claims)
    .find((c) => c.articleId === r.articleId && c.start === r.start && c.end === r.end);
  return claim && result.facts.find((g) => g.claims.includes(claim.id));
}

export function anchor(r: ClaimRef): string {
  return `${r.articleId}:${r.start}-${r.end}`;
}
