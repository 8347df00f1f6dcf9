// The facts-dev events under ../shared/data with the official loader (scripts/eval/evalFacts), and their gold claim
// sentences as claims (to look at grouping apart from claim extraction: scripts/lib/devScores.ts --sentences).
import type { Claim } from '../../src/lib/analysis/types';
import { loadFactsEvents, type LoadedFactsEvent } from '../eval/evalFacts';
import { ECBPLUS_DIR, FACTS_DEV_DIR } from './ecbplusCorpus';
import { bareClaim } from '../../tests/fixtures/bareClaim';

/** The facts-dev events under ../shared/data (none when absent). */
export function loadDevEvents(): LoadedFactsEvent[] {
  return loadFactsEvents(ECBPLUS_DIR, FACTS_DEV_DIR);
}

/** One claim per labelled sentence, with no features: what grouping sees when claims match gold sentences. */
export function sentenceClaims(
  articleId: string,
  sentences: { n: number; start: number; end: number; text: string }[]
): Claim[] {
  return sentences.map((s, i) =>
    bareClaim({
      id: `${articleId}:${s.n}`,
      articleId,
      outlet: articleId,
      text: s.text,
      start: s.start,
      end: s.end,
      sentence: i
    })
  );
}

/** The gold claim sentences of an event as claims, article by article. */
export function goldSentenceClaims(event: LoadedFactsEvent): { articleId: string; claims: Claim[] }[] {
  return event.input.articles.map((a) => ({
    articleId: a.id,
    claims: sentenceClaims(
      a.id,
      event.sentences
        .filter((s) => s.doc === a.id && s.gold.kind === 'claim')
        .map((s) => ({ ...s, n: s.gold.n }))
    )
  }));
}
