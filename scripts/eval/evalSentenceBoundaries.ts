import type { EcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import type { Span } from '../../src/lib/analysis/types';
import { baselineSplitSentences } from './baseline';
import { prfOfSets, sumPrf, type Prf } from './metrics';

/**
 * Sentence-boundary P/R/F1 against the gold ECB+ sentences: a boundary is a sentence end offset. The end of the
 * text is left out (every splitter gets it right).
 */
export function boundaryPrf(docs: EcbDocument[], split: (text: string) => Span[]): Prf {
  return sumPrf(
    docs.map((doc) => {
      const ends = (spans: Span[]) => spans.map((s) => s.end).filter((end) => end < doc.text.length);
      return prfOfSets(ends(split(doc.text)), ends(doc.sentences));
    })
  );
}

export function evalSentenceBoundaries(docs: EcbDocument[], splitSentences?: (text: string) => Span[]) {
  return {
    documents: docs.length,
    engine: splitSentences ? boundaryPrf(docs, splitSentences) : undefined,
    baseline: boundaryPrf(docs, baselineSplitSentences)
  };
}
