// Tunes the event clustering thresholds on ECB+ train topics (all train articles mixed; each sub-topic is one
// event): `topic` and `cluster` (clusterArticles' two stages) jointly maximise the adjusted Rand index, `assign`
// maximises assignEvent accuracy when an article's own event is offered (must pick it) or withheld (must answer
// null).
import type { EcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import { adjustedRandIndex } from '../eval/metrics';
import { round } from './logisticRegression';

/** Candidate thresholds: stage 1 joins articles on a subject (low), stage 2 its events (on the group's IDF). */
const TOPIC_GRID = Array.from({ length: 20 }, (_, k) => round(0.01 + k * 0.01, 3));
const CLUSTER_GRID = Array.from({ length: 59 }, (_, k) => round(0.02 + k * 0.01, 3));

export async function tuneClustering(
  docs: EcbDocument[],
  log = true
): Promise<{ topic: number; cluster: number; assign: number }> {
  const { groupEvents, linkageMerges, similarityMatrix, termCounts, topicGroups } =
    await import('../../src/lib/analysis/clusterArticles');
  const counts = docs.map((d) => termCounts({ text: d.text }));
  const sim = similarityMatrix(counts);
  const gold = docs.map((d) => `${d.topic}${d.subtopic}`);
  // Both stages are cut from one run of merges each, so every pair of thresholds costs one labelling.
  const topicMerges = linkageMerges(sim, TOPIC_GRID[0]);
  let best = { topic: TOPIC_GRID[0], cluster: CLUSTER_GRID[0], ari: -1 };
  for (const topic of TOPIC_GRID) {
    const groups = topicGroups(counts, topicMerges, topic, CLUSTER_GRID[0]);
    for (const cluster of CLUSTER_GRID) {
      const labels = new Array<string>(docs.length);
      groupEvents(groups, cluster).forEach((event, k) => {
        for (const i of event) labels[i] = `e${k}`;
      });
      const ari = adjustedRandIndex(gold, labels);
      if (ari > best.ari) best = { topic, cluster, ari };
    }
  }
  if (log) console.log(`cluster thresholds ${best.topic} / ${best.cluster}: ARI ${best.ari.toFixed(3)}`);

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
  return { topic: best.topic, cluster: best.cluster, assign: bestAssign.threshold };
}
