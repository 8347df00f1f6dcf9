import type { AnalysisResult, Span } from '../../src/lib/analysis/types';
import { pairKey } from './metrics';

export interface KeyedSpan extends Span {
  /** "DOC:N" */
  key: string;
}

/** The span of `spans` that `claim` overlaps most (ties: the first), or undefined when it overlaps none. */
export function mostOverlapped(claim: Span, spans: KeyedSpan[]): string | undefined {
  let best: string | undefined;
  let bestOverlap = 0;
  for (const s of spans) {
    const overlap = Math.min(claim.end, s.end) - Math.max(claim.start, s.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = s.key;
    }
  }
  return best;
}

/** Claim id -> the gold sentence key it overlaps most, over every article of the result. */
export function sentenceOfClaims(
  result: AnalysisResult,
  sentencesByDoc: Map<string, KeyedSpan[]>
): Map<string, string> {
  const out = new Map<string, string>();
  for (const article of result.articles) {
    const spans = sentencesByDoc.get(article.id) ?? [];
    for (const claim of article.claims) {
      const key = mostOverlapped(claim, spans);
      if (key) out.set(claim.id, key);
    }
  }
  return out;
}

const docOf = (key: string) => key.slice(0, key.lastIndexOf(':'));

/** Sentence pairs (keys of different documents) that some fact covers with a claim on each side. */
export function groupedSentencePairs(
  result: AnalysisResult,
  sentenceOfClaim: Map<string, string>
): Set<string> {
  const pairs = new Set<string>();
  for (const fact of result.facts) {
    const keys = [
      ...new Set(fact.claims.map((id) => sentenceOfClaim.get(id)).filter((k) => k !== undefined))
    ];
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        if (docOf(keys[i]) !== docOf(keys[j])) pairs.add(pairKey(keys[i], keys[j]));
      }
    }
  }
  return pairs;
}

/** Sentence pairs named together by a discrepancy. */
export function discrepancySentencePairs(
  result: AnalysisResult,
  sentenceOfClaim: Map<string, string>
): Set<string> {
  const pairs = new Set<string>();
  for (const fact of result.facts) {
    for (const d of fact.discrepancies) {
      const a = sentenceOfClaim.get(d.claims[0]);
      const b = sentenceOfClaim.get(d.claims[1]);
      if (a && b && a !== b) pairs.add(pairKey(a, b));
    }
  }
  return pairs;
}
