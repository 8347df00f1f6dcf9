// A small in-memory BM25 index for candidate retrieval: each claim is a bag of terms (lemmas, entities, numbers);
// querying returns the top-k most similar documents without comparing every pair.
export interface Bm25Hit {
  doc: number;
  score: number;
}

interface Posting {
  docs: number[];
  tfs: number[];
  /** IDF cached for the index size it was computed at. */
  idf: number;
  idfAt: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Posting>();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  // Score accumulator reused across queries (no per-query Map): scores[doc], plus the docs touched.
  private scores = new Float64Array(64);
  private readonly touched: number[] = [];
  // Per document, the length part of the BM25 denominator, k1 * (1 - b + b * length / average), for the
  // index size it was computed at (it changes with the average length as documents are added).
  private lengthNorms = new Float64Array(0);
  private lengthNormsAt = -1;

  constructor(
    private readonly k1 = 1.2,
    private readonly b = 0.75
  ) {}

  /** Adds a document; returns its number (0, 1, 2, … in insertion order). */
  add(terms: string[]): number {
    const doc = this.lengths.length;
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = { docs: [], tfs: [], idf: 0, idfAt: -1 }));
      posting.docs.push(doc);
      posting.tfs.push(tf);
    }
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    if (this.scores.length < this.lengths.length) {
      const grown = new Float64Array(this.scores.length * 2);
      grown.set(this.scores);
      this.scores = grown;
    }
    return doc;
  }

  get size(): number {
    return this.lengths.length;
  }

  idf(term: string): number {
    const posting = this.postings.get(term);
    return posting ? this.postingIdf(posting) : this.idfOf(0);
  }

  private idfOf(df: number): number {
    return Math.log(1 + (this.lengths.length - df + 0.5) / (df + 0.5));
  }

  private postingIdf(p: Posting): number {
    if (p.idfAt !== this.lengths.length) {
      p.idf = this.idfOf(p.docs.length);
      p.idfAt = this.lengths.length;
    }
    return p.idf;
  }

  private currentLengthNorms(): Float64Array {
    const n = this.lengths.length;
    if (this.lengthNormsAt !== n) {
      const avg = this.totalLength / Math.max(1, n);
      this.lengthNorms = new Float64Array(n);
      for (let doc = 0; doc < n; doc++)
        this.lengthNorms[doc] = this.k1 * (1 - this.b + (this.b * this.lengths[doc]) / avg);
      this.lengthNormsAt = n;
    }
    return this.lengthNorms;
  }

  /** Top `k` documents for the query terms, best first (ties by document number); `accept` filters documents. */
  search(terms: string[], k: number, accept: (doc: number) => boolean = () => true): Bm25Hit[] {
    const n = this.lengths.length;
    const { scores, touched } = this;
    const lengthNorms = this.currentLengthNorms();
    for (const term of new Set(terms)) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      // Terms in most claims carry no signal and cost the most: skip them.
      if (posting.docs.length > 0.5 * n && n > 20) continue;
      const idf = this.postingIdf(posting);
      const { docs, tfs } = posting;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i];
        const tf = tfs[i];
        if (scores[doc] === 0) touched.push(doc);
        const norm = tf + lengthNorms[doc];
        scores[doc] += (idf * tf * (this.k1 + 1)) / norm;
      }
    }
    // Top k by (score desc, doc asc) with a bounded heap whose root is the worst kept hit: the same hits as
    // sorting every touched document, without sorting them (queries with common terms touch most documents).
    const heap: Bm25Hit[] = [];
    for (const doc of touched) {
      const score = scores[doc];
      scores[doc] = 0;
      if (k <= 0 || !accept(doc)) continue;
      if (heap.length < k) {
        heap.push({ doc, score });
        siftUp(heap, heap.length - 1);
      } else if (isWorse(heap[0].score, heap[0].doc, score, doc)) {
        heap[0] = { doc, score };
        siftDown(heap, 0);
      }
    }
    touched.length = 0;
    return heap.sort((x, y) => y.score - x.score || x.doc - y.doc);
  }
}

/** Whether hit (scoreA, docA) ranks below hit (scoreB, docB): lower score, or the same score and a later doc. */
function isWorse(scoreA: number, docA: number, scoreB: number, docB: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && docA > docB);
}

function siftUp(heap: Bm25Hit[], i: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!isWorse(heap[i].score, heap[i].doc, heap[parent].score, heap[parent].doc)) return;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

function siftDown(heap: Bm25Hit[], i: number): void {
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let worst = i;
    if (left < heap.length && isWorse(heap[left].score, heap[left].doc, heap[worst].score, heap[worst].doc))
      worst = left;
    if (
      right < heap.length &&
      isWorse(heap[right].score, heap[right].doc, heap[worst].score, heap[worst].doc)
    )
      worst = right;
    if (worst === i) return;
    [heap[i], heap[worst]] = [heap[worst], heap[i]];
    i = worst;
  }
}
