// Development scores on facts-dev: `npx tsx scripts/lib/devScores.ts [--sentences]`. With --sentences, the gold
// claim sentences stand in for extracted claims (isolates alignment/grouping from claim extraction).
import { analyzeClaims } from '../../src/lib/analysis/analyzeClaims';
import type { AnalysisResult } from '../../src/lib/analysis/types';
import { loadDevEvents } from './factsDevEvents';
import { addCounts, prf, scoreFactsDev, type Counts } from './scoreFactsDev';
import { sentenceClaims } from './tuneGrouping';

const useSentences = process.argv.includes('--sentences');
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const total = { align: zero(), conflict: zero(), nonClaim: zero() };
const fmt = (c: Counts) => {
  const { p, r, f1 } = prf(c);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`;
};
for (const event of loadDevEvents()) {
  const started = Date.now();
  let result: AnalysisResult;
  if (useSentences) {
    result = analyzeClaims(
      event.articles.map((article) => ({
        article,
        claims: sentenceClaims(
          article.id,
          (event.sentences.get(article.id) ?? []).filter((s) => s.kind === 'claim')
        ).map((c) => ({ ...c, outlet: article.outlet }))
      }))
    );
  } else {
    const { analyzeEvent } = await import('../../src/lib/analysis/analyzeEvent');
    result = analyzeEvent({ event: { title: event.gold.event }, articles: event.articles });
  }
  const ms = Date.now() - started;
  const s = scoreFactsDev(event, result);
  for (const k of ['align', 'conflict', 'nonClaim'] as const) total[k] = addCounts(total[k], s[k]);
  const discrepancies = result.groups.reduce((n, g) => n + g.discrepancies.length, 0);
  console.log(
    `${event.gold.event}: ${ms} ms, ${result.groups.length} groups, ${discrepancies} discrepancies | align ${fmt(s.align)} | conflict ${fmt(s.conflict)} | non-claim ${fmt(s.nonClaim)}`
  );
}
console.log(
  `ALL align ${fmt(total.align)} | conflict ${fmt(total.conflict)} | non-claim ${fmt(total.nonClaim)}`
);
