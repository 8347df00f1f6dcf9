import type { EcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import { baselineCluster } from './baseline';
import { adjustedRandIndex, bcubed } from './metrics';
import { subtopicOf } from './loadEcbPlus';

export interface ClusteringScores {
  clusters: number;
  ari: number;
  bcubed: { precision: number; recall: number; f1: number };
}

function score(gold: string[], predicted: string[]): ClusteringScores {
  return {
    clusters: new Set(predicted).size,
    ari: adjustedRandIndex(gold, predicted),
    bcubed: bcubed(gold, predicted)
  };
}

export function baselineClusteringScores(docs: EcbDocument[], threshold?: number): ClusteringScores {
  const labels = baselineCluster(
    docs.map((d) => d.text),
    threshold
  );
  return score(docs.map(subtopicOf), labels.map(String));
}

/** Event clustering of all given articles mixed; gold event = topic + sub-topic (ecb / ecbplus). */
export function evalClustering(
  docs: EcbDocument[],
  clusterArticles?: (articles: { id: string; text: string }[]) => Map<string, string>
) {
  const gold = docs.map(subtopicOf);
  let engine: ClusteringScores | undefined;
  if (clusterArticles) {
    const eventOf = clusterArticles(docs.map((d) => ({ id: d.name, text: d.text })));
    // An article the engine forgot is its own cluster, so it costs recall instead of crashing the run.
    engine = score(
      gold,
      docs.map((d) => eventOf.get(d.name) ?? `unassigned:${d.name}`)
    );
  }
  return {
    articles: docs.length,
    events: new Set(gold).size,
    engine,
    baseline: baselineClusteringScores(docs)
  };
}
