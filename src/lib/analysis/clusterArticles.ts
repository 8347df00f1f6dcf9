// Event clustering of articles: TF-IDF vectors over lemmas, names and numbers/dates, cosine similarity and
// average-linkage agglomerative clustering in two stages, with thresholds tuned on ECB+ train topics
// (scripts/train.ts): articles are first grouped loosely by subject, then each group is split into events on IDF
// computed inside the group, where the words every report of the subject shares weigh nothing and the names,
// dates and figures that tell two quakes or two arrests apart decide.
import { threshold } from './pairModel';
import { profileSentence } from './profileSentence';
import { splitSentences } from './splitSentences';

export interface ClusterArticle {
  id: string;
  title?: string;
  text: string;
}

/** The two stages' least mean similarities (tuned on ECB+ train by scripts/train.ts). */
export interface ClusterThresholds {
  /** Stage 1: articles on one subject, on IDF over all the articles. */
  topic: number;
  /** Stage 2: articles on one event, on IDF over their stage-1 group. */
  cluster: number;
}

/** Read when used, not at load: `npm run train` loads this module before it has tuned the values. */
export function clusterThresholds(): ClusterThresholds {
  return { topic: threshold('topic'), cluster: threshold('cluster') };
}

type Vector = Map<string, number>;

/**
 * The lead: a report's first sentences say what happened, where, when and to whom; what follows drifts to
 * background and reactions that reports of other events share. Counting the lead three times was chosen on the
 * ECB+ training topics (held-out topic folds, two-stage clustering: ARI 0.870 -> 0.892; leads of 2-4 sentences
 * and weights 2-3 all did 0.883-0.892).
 */
const LEAD_SENTENCES = 3;
const LEAD_WEIGHT = 3;

/** Raw term counts of an article; the title counts twice more, the lead (LEAD_SENTENCES) LEAD_WEIGHT times. */
export function termCounts(article: { title?: string; text: string }): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    const p = profileSentence(text);
    const terms = [
      ...p.lemmas,
      ...p.entities.map((e) => `e:${e}`),
      ...p.numbers.map((n) => `n:${n}`),
      ...p.dates.map((d) => `d:${d}`)
    ];
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + weight);
  };
  add(article.text, 1);
  const lead = splitSentences(article.text).slice(0, LEAD_SENTENCES);
  if (lead.length) add(article.text.slice(lead[0].start, lead[lead.length - 1].end), LEAD_WEIGHT - 1);
  if (article.title) add(article.title, 2);
  return counts;
}

/**
 * Names, numbers and dates weigh twice a word: two events of one kind (two quakes, two arrests for drunk driving)
 * share their words and differ in who, where, when and how many. Chosen on the ECB+ training topics, whose two
 * sub-topics per topic are such pairs: over 20 random mixes of 8-10 of them, ARI 0.839 -> 0.864 (weights 1.5 and
 * 3 did no better) when clustering had one stage; both stages keep it. `npm run train` tunes the thresholds with it.
 */
const SPECIFIC_TERM_WEIGHT = 2;

function tfidfVectors(counts: Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = counts.length;
  return counts.map((c) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, tf] of c) {
      const d = df.get(t)!;
      // Terms in a single article cannot link it to anything; skipping them keeps vectors small.
      if (d < 2 && n > 2) continue;
      const w = (1 + Math.log(tf)) * Math.log((n + 1) / d) * (/^[end]:/.test(t) ? SPECIFIC_TERM_WEIGHT : 1);
      if (w <= 0) continue;
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

/** One step of agglomerative clustering: the clusters led by items `a` and `b` join at linkage `similarity`. */
export interface Merge {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Average-linkage merges of items whose pairwise similarity is `sim[i][j]`, best first, down to `floor`. The
 * linkages fall from merge to merge, so the clusters at any threshold above the floor are a prefix of one run.
 */
export function linkageMerges(sim: number[][], floor: number): Merge[] {
  const n = sim.length;
  // Lance-Williams update: the linkage of a merged cluster is the size-weighted mean of its parts' linkages.
  const link = sim.map((row) => [...row]);
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const merges: Merge[] = [];
  for (;;) {
    let best = -Infinity;
    let bx = -1;
    let by = -1;
    for (let x = 0; x < n; x++) {
      if (!alive[x]) continue;
      const row = link[x];
      for (let y = x + 1; y < n; y++) {
        if (alive[y] && row[y] > best) [best, bx, by] = [row[y], x, y];
      }
    }
    if (bx < 0 || best < floor) break;
    const [nx, ny] = [size[bx], size[by]];
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bx || k === by) continue;
      link[bx][k] = link[k][bx] = (nx * link[bx][k] + ny * link[by][k]) / (nx + ny);
    }
    size[bx] += ny;
    alive[by] = false;
    merges.push({ a: bx, b: by, similarity: best });
  }
  return merges;
}

/** The clusters (arrays of indexes, each sorted, ordered by first item) of `n` items after the merges that reach
 * `minSimilarity`. */
export function clustersAt(n: number, merges: Merge[], minSimilarity: number): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  for (const { a, b, similarity } of merges) {
    if (similarity < minSimilarity) break;
    members[a] = [...members[a]!, ...members[b]!].sort((p, q) => p - q);
    members[b] = null;
  }
  return members.filter((m): m is number[] => m !== null).sort((p, q) => p[0] - q[0]);
}

/** Pairwise TF-IDF cosine similarities of term counts (IDF from these counts themselves). */
export function similarityMatrix(counts: Map<string, number>[]): number[][] {
  const vectors = tfidfVectors(counts);
  return vectors.map((v) => vectors.map((w) => cosine(v, w)));
}

/** A stage-1 group (indexes into the articles) and its stage-2 merges, on IDF over the group alone. */
export interface TopicGroup {
  group: number[];
  merges: Merge[];
}

/** The stage-1 groups of `topicMerges` cut at `topic`, each with its stage-2 merges down to `floor`. */
export function topicGroups(
  counts: Map<string, number>[],
  topicMerges: Merge[],
  topic: number,
  floor: number
): TopicGroup[] {
  return clustersAt(counts.length, topicMerges, topic).map((group) => ({
    group,
    merges: group.length < 2 ? [] : linkageMerges(similarityMatrix(group.map((i) => counts[i])), floor)
  }));
}

/** The events (arrays of article indexes, ordered by first article) of stage-1 groups cut at `cluster`. */
export function groupEvents(groups: TopicGroup[], cluster: number): number[][] {
  return groups
    .flatMap(({ group, merges }) =>
      clustersAt(group.length, merges, cluster).map((c) => c.map((x) => group[x]))
    )
    .sort((p, q) => p[0] - q[0]);
}

/** Event clusters (arrays of indexes, ordered by first item) of articles' term counts, in the two stages. */
export function eventClusters(counts: Map<string, number>[], thresholds: ClusterThresholds): number[][] {
  const topicMerges = linkageMerges(similarityMatrix(counts), thresholds.topic);
  return groupEvents(
    topicGroups(counts, topicMerges, thresholds.topic, thresholds.cluster),
    thresholds.cluster
  );
}

/** Article id -> event id ("e1", "e2", … by first article). */
export function clusterArticles(
  articles: ClusterArticle[],
  thresholds = clusterThresholds()
): Map<string, string> {
  const out = new Map<string, string>();
  eventClusters(articles.map(termCounts), thresholds).forEach((cluster, k) => {
    for (const i of cluster) out.set(articles[i].id, `e${k + 1}`);
  });
  return out;
}

/** Least mean similarity for an article to count as covering an event (tuned on ECB+ train by scripts/train.ts).
 * Read when used, not at load: `npm run train` loads this module before it has tuned the value. */
export function assignThreshold(): number {
  return threshold('assign');
}

/** Mean similarity of an article to each event's articles (IDF over all of them and the article), by event. */
export function scoreEvents(
  article: { title?: string; text: string },
  events: { id: string; articles: { title?: string; text: string }[] }[]
): { event: string; score: number }[] {
  const all = events.flatMap((e) => e.articles);
  const vectors = tfidfVectors([...all, article].map(termCounts));
  const mine = vectors[vectors.length - 1];
  let offset = 0;
  return events.map((e) => {
    let sum = 0;
    for (let k = 0; k < e.articles.length; k++) sum += cosine(mine, vectors[offset + k]);
    offset += e.articles.length;
    return { event: e.id, score: e.articles.length ? sum / e.articles.length : 0 };
  });
}

/** The event an article belongs to (mean similarity to the event's articles), or null when none is close enough. */
export function assignEvent(
  article: { title?: string; text: string },
  events: { id: string; articles: { title?: string; text: string }[] }[],
  minSimilarity = assignThreshold()
): { event: string | null; score: number } {
  let best: { event: string | null; score: number } = { event: null, score: 0 };
  for (const s of scoreEvents(article, events)) if (s.score > best.score) best = s;
  const score = Math.round(best.score * 1000) / 1000;
  return best.score >= minSimilarity ? { event: best.event, score } : { event: null, score };
}
