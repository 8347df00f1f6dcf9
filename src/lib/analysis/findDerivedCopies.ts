// Derived-copy detection: an article whose wording is largely found in another (shared 5-word shingles well
// beyond what independent reports of the same facts share), with a sentence-level diff against its source.
import type { EngineContext } from './engineContext';
import type { DerivedCopy } from './types';

export interface CopyCandidate {
  id: string;
  published?: string;
  text: string;
  /** The article's sentences, in order, for the diff. */
  sentences: string[];
}

const SHINGLE = 5;
/** Share of an article's shingles found in the other above which it is called a copy. Independent reports of
 * one event share well under 0.15 of their 5-grams on ECB+ dev; wire reprints and rewrites share 0.4+. */
export const DERIVED_MIN_OVERLAP = 0.35;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Shingle sets of recently seen texts (EngineContext.shingles): re-analyzing an event after adding one article
// re-shingles only it.
function shingles(text: string, shingleCache?: Map<string, Set<string>>): Set<string> {
  if (!shingleCache) return computeShingles(text);
  const cached = shingleCache.get(text);
  if (cached) return cached;
  if (shingleCache.size >= 2000) shingleCache.clear();
  const out = computeShingles(text);
  shingleCache.set(text, out);
  return out;
}

function computeShingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(' '));
  return out;
}

function wordSet(sentence: string): Set<string> {
  return new Set(words(sentence));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 1;
}

/** Sentence diff of a copy against its source: unchanged (>= 0.9 word Jaccard), changed (>= 0.5), added. */
export function diffSentences(
  copy: string[],
  source: string[]
): Pick<DerivedCopy, 'added' | 'removed' | 'changed'> {
  const sourceSets = source.map(wordSet);
  const matchedSource = new Set<number>();
  const added: string[] = [];
  const changed: { from: string; to: string }[] = [];
  for (const sentence of copy) {
    const set = wordSet(sentence);
    if (!set.size) continue;
    let best = -1;
    let bestScore = 0;
    sourceSets.forEach((s, i) => {
      const score = jaccard(set, s);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (bestScore >= 0.5) matchedSource.add(best);
    if (bestScore >= 0.9) continue;
    if (bestScore >= 0.5) changed.push({ from: source[best], to: sentence });
    else added.push(sentence);
  }
  const removed = source.filter((s, i) => !matchedSource.has(i) && wordSet(s).size > 0);
  return { added, removed, changed };
}

export function findDerivedCopies(
  articles: CopyCandidate[],
  minOverlap = DERIVED_MIN_OVERLAP,
  context?: EngineContext
): DerivedCopy[] {
  const sets = articles.map((a) => shingles(a.text, context?.shingles));
  const holders = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      let list = holders.get(s);
      if (!list) holders.set(s, (list = []));
      list.push(i);
    }
  });
  const shared = new Map<number, number>();
  const n = articles.length;
  for (const list of holders.values()) {
    if (list.length < 2 || list.length > 50) continue; // boilerplate shared by many articles says nothing
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x] * n + list[y];
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const out: DerivedCopy[] = [];
  for (const [key, count] of [...shared.entries()].sort((p, q) => p[0] - q[0])) {
    const i = Math.floor(key / n);
    const j = key % n;
    const inI = count / Math.max(1, sets[i].size);
    const inJ = count / Math.max(1, sets[j].size);
    if (Math.max(inI, inJ) < minOverlap) continue;
    const [copy, source] = copyDirection(articles, i, j, inI, inJ);
    const overlap = copy === i ? inI : inJ;
    out.push({
      article: articles[copy].id,
      source: articles[source].id,
      overlap: Math.round(overlap * 1000) / 1000,
      ...diffSentences(articles[copy].sentences, articles[source].sentences)
    });
  }
  return out;
}

/** The later-published article is the copy; without dates, the one more contained in the other, then the later one. */
function copyDirection(
  articles: CopyCandidate[],
  i: number,
  j: number,
  inI: number,
  inJ: number
): [number, number] {
  const [pi, pj] = [articles[i].published, articles[j].published];
  if (pi && pj && pi !== pj) return pi > pj ? [i, j] : [j, i];
  if (Math.abs(inI - inJ) > 0.02) return inI > inJ ? [i, j] : [j, i];
  return [j, i];
}
