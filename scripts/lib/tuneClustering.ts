// Tunes the event clustering thresholds on ECB+ train topics (all train articles mixed; each sub-topic is one
// event): `cluster` maximises the adjusted Rand index of clusterArticles, `assign` maximises assignEvent accuracy
// when an article's own event is offered (must pick it) or withheld (must answer null).
import type { EcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import { adjustedRandIndex } from '../eval/metrics';
import { round } from './logisticRegression';

export async function tuneClustering(
  docs: EcbDocument[],
  log = true
): Promise<{ cluster: number; assign: number }> {
  const { articleSimilarities, averageLinkage } = await import('../../src/lib/analysis/clusterArticles');
  const sim = articleSimilarities(docs.map((d) => ({ text: d.text })));
  const gold = docs.map((d) => `${d.topic}${d.subtopic}`);
  let best = { threshold: 0.2, ari: -1 };
  for (let t = 0.1; t <= 0.3001; t += 0.01) {
    const labels = new Array<string>(docs.length);
    averageLinkage(sim, t).forEach((cluster, k) => cluster.forEach((i) => (labels[i] = `e${k}`)));
    const ari = adjustedRandIndex(gold, labels);
    if (log) console.log(`cluster threshold ${t.toFixed(2)}: ARI ${ari.toFixed(3)}`);
    if (ari > best.ari) best = { threshold: round(t, 3), ari };
  }

  // Mean similarity of each article to each event's other articles.
  const events = [...new Set(gold)].sort();
  const scores = docs.map((_, i) =>
    events.map((e) => {
      const others = docs.map((_, j) => j).filter((j) => j !== i && gold[j] === e);
      return others.length ? others.reduce((s, j) => s + sim[i][j], 0) / others.length : 0;
    })
  );
  let bestAssign = { threshold: 0.1, accuracy: -1 };
  for (let t = 0.02; t <= 0.4001; t += 0.01) {
    let correct = 0;
    docs.forEach((_, i) => {
      const own = events.indexOf(gold[i]);
      const row = scores[i];
      const top = row.indexOf(Math.max(...row));
      if (top === own && row[own] >= t) correct++;
      const bestOther = Math.max(...row.filter((_, k) => k !== own));
      if (bestOther < t) correct++;
    });
    const accuracy = correct / (2 * docs.length);
    if (accuracy > bestAssign.accuracy) bestAssign = { threshold: round(t, 3), accuracy };
  }
  if (log)
    console.log(`assign threshold ${bestAssign.threshold}: accuracy ${bestAssign.accuracy.toFixed(3)}`);
  return { cluster: best.threshold, assign: bestAssign.threshold };
}
