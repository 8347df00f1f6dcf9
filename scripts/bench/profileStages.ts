// `tsx scripts/bench/profileStages.ts [sizes]`: time of each engine stage at several event sizes, with cold
// in-process caches, to find what grows faster than the number of articles.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { benchArticles } from './benchArticles';
import { extractClaims } from '../../src/lib/analysis/extractClaims';
import { alignClaims, claimProfile } from '../../src/lib/analysis/alignClaims';
import { createEngineContext } from '../../src/lib/analysis/engineContext';
import { analyzeClaims } from '../../src/lib/analysis/analyzeClaims';
import { buildFacts } from '../../src/lib/analysis/buildFacts';
import { addSecondaryMembers } from '../../src/lib/analysis/addSecondaryMembers';
import { findDerivedCopies } from '../../src/lib/analysis/findDerivedCopies';
import { ALIGN_MODEL } from '../../src/lib/analysis/alignModel';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sizes = (process.argv[2] ?? '10,50,100,200').split(',').map(Number);
const { articles } = benchArticles(
  resolve(root, '../shared/data/ecbplus'),
  resolve(root, 'db/seed/rt-2022-09-22-albania.txt'),
  Math.max(...sizes)
);
const analyzed = articles
  .slice(0, Math.max(...sizes))
  .map((article) => ({ article, claims: extractClaims(article) }));
const ms = (t: number) => (performance.now() - t).toFixed(0).padStart(6);
console.log(`load ${loadavg()[0].toFixed(1)}`);
console.log(
  'size claims tokens | profile  align(cold) align(warm) facts secondary derived | analyzeClaims(cold) (warm)'
);
for (const size of sizes) {
  const part = analyzed.slice(0, size);
  const claims = part.flatMap((a) => a.claims.filter((c) => c.kind === 'claim'));
  const tokens = part.reduce((n, a) => n + a.article.text.split(/\s+/).length, 0);
  let context = createEngineContext();
  let t = performance.now();
  claims.forEach((c) => claimProfile(c, context));
  const tProfile = ms(t);
  t = performance.now();
  const edges = alignClaims(claims, { context });
  const tAlign = ms(t);
  t = performance.now();
  alignClaims(claims, { context });
  const tAlignWarm = ms(t);
  const articleOf = claims.map((c) => c.articleId);
  t = performance.now();
  const facts = buildFacts(articleOf, edges, {
    threshold: ALIGN_MODEL.thresholds.group,
    minEdge: Math.max(ALIGN_MODEL.thresholds.group, ALIGN_MODEL.thresholds.groupMinEdge)
  });
  const tFacts = ms(t);
  t = performance.now();
  addSecondaryMembers(facts, articleOf, edges, ALIGN_MODEL.thresholds.groupSecondary);
  const tSec = ms(t);
  t = performance.now();
  findDerivedCopies(
    part.map((a) => ({ id: a.article.id, text: a.article.text, sentences: a.claims.map((c) => c.text) }))
  );
  const tDer = ms(t);
  context = createEngineContext();
  t = performance.now();
  analyzeClaims(part, { context });
  const tAll = ms(t);
  t = performance.now();
  analyzeClaims(part, { context });
  const tAllWarm = ms(t);
  console.log(
    `${String(size).padStart(4)} ${String(claims.length).padStart(6)} ${String(tokens).padStart(6)} | ${tProfile} ${tAlign} ${tAlignWarm} ${tFacts} ${tSec} ${tDer} | ${tAll} ${tAllWarm}  edges ${edges.length} maxgroup ${Math.max(...facts.map((g) => g.length))}`
  );
}
