// Development scores on facts-dev with the official scorer: `npx tsx scripts/lib/devScores.ts [--sentences]`.
// With --sentences, the gold claim sentences stand in for extracted claims (isolates alignment/grouping from
// claim extraction).
import { analyzeClaims } from '../../src/lib/analysis/analyzeClaims';
import { analyzeEvent } from '../../src/lib/analysis/analyzeEvent';
import type { AnalysisResult } from '../../src/lib/analysis/types';
import { scoreFactsEvent, sumScores, type FactsScores } from '../eval/evalFacts';
import type { Prf } from '../eval/metrics';
import { goldSentenceClaims, loadDevEvents } from './devEvents';

const useSentences = process.argv.includes('--sentences');
const fmt = (s: Prf) => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
const parts: FactsScores[] = [];
for (const event of loadDevEvents()) {
  const started = Date.now();
  let result: AnalysisResult;
  if (useSentences) {
    const claims = new Map(goldSentenceClaims(event).map((a) => [a.articleId, a.claims]));
    result = analyzeClaims(
      event.input.articles.map((article) => ({ article, claims: claims.get(article.id) ?? [] }))
    );
  } else {
    result = analyzeEvent(event.input);
  }
  const ms = Date.now() - started;
  const s = scoreFactsEvent(event, result);
  parts.push(s);
  const discrepancies = result.facts.reduce((n, g) => n + g.discrepancies.length, 0);
  console.log(
    `${event.event.event}: ${ms} ms, ${result.facts.length} facts, ${discrepancies} discrepancies | align ${fmt(s.align)} | conflict ${fmt(s.conflict)} | non-claim ${fmt(s.nonClaim)}`
  );
}
const total = sumScores(parts);
console.log(
  `ALL align ${fmt(total.align)} | conflict ${fmt(total.conflict)} | non-claim ${fmt(total.nonClaim)}`
);
