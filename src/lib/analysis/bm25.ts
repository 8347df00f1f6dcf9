// A small in-memory BM25 index for candidate retrieval: each claim is a bag of terms (lemmas, entities, numbers);
// querying returns the top-k most similar documents without comparing every pair.
export interface Bm25Hit {
  doc: number;
  score: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  private readonly idfMemo = new Map<string, number>();

  constructor(
    private readonly k1 = 1.2,
    private readonly b = 0.75
  ) {}

  /** Adds a document; returns its number (0, 1, 2, … in insertion order). */
  add(terms: string[]): number {
    const doc = this.lengths.length;
    this.idfMemo.clear();
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push({ doc, tf });
    }
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    return doc;
  }

  get size(): number {
    return this.lengths.length;
  }

  idf(term: string): number {
    let idf = this.idfMemo.get(term);
    if (idf === undefined) {
      const df = this.postings.get(term)?.length ?? 0;
      idf = Math.log(1 + (this.lengths.length - df + 0.5) / (df + 0.5));
      this.idfMemo.set(term, idf);
    }
    return idf;
  }

  /** Top `k` documents for the query terms, best first (ties by document number); `accept` filters documents. */
  search(terms: string[], k: number, accept: (doc: number) => boolean = () => true): Bm25Hit[] {
    const avg = this.totalLength / Math.max(1, this.lengths.length);
    const scores = new Map<number, number>();
    for (const term of new Set(terms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      // Terms in most claims carry no signal and cost the most: skip them.
      if (list.length > 0.5 * this.lengths.length && this.lengths.length > 20) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.lengths[doc]) / avg);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
      }
    }
    const hits: Bm25Hit[] = [];
    for (const [doc, score] of scores) if (accept(doc)) hits.push({ doc, score });
    hits.sort((x, y) => y.score - x.score || x.doc - y.doc);
    return hits.slice(0, k);
  }
}
