// The claim engine's entry point: articles in, claims, facts, verdicts, discrepancies, outlet profiles,
// agreement and derived copies out. Deterministic; with `previous`, unchanged articles keep their claims.
import { analyzeClaims, ENGINE, type AnalyzedArticle } from './analyzeClaims';
import { ALIGN_MODEL, type AlignModel } from './alignModel';
import { seedComparedPairs } from './comparedPairs';
import { createEngineContext, type EngineContext } from './engineContext';
import { previousFactIds } from './factIds';
import { previousFacts } from './previousFacts';
import { seedVerdicts } from './verdictsOnce';
import { extractClaims } from './extractClaims';
import type { AnalysisResult, ArticleInput, EventInput } from './types';

/** FNV-1a fingerprint of everything the extractor reads from an article. */
export function articleHash(article: ArticleInput): string {
  const s = `${article.outlet}\u0000${article.title ?? ''}\u0000${article.published ?? ''}\u0000${article.url ?? ''}\u0000${article.text}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (
    (h1 >>> 0).toString(16).padStart(8, '0') +
    (h2 >>> 0).toString(16).padStart(8, '0') +
    s.length.toString(16)
  );
}

export interface AnalyzeOptions {
  /** The stored result of an earlier run: unchanged articles keep its claims. */
  previous?: AnalysisResult;
  /** Another alignment model than the trained one (evaluation passes one that never saw the event). */
  alignModel?: AlignModel;
  /**
   * The engine's memory of earlier runs (engineContext.ts), kept by the caller: with the context of the run that
   * produced `previous`, only what changed is computed again. Without one, the run uses a fresh private context.
   */
  context?: EngineContext;
}

export function analyzeEvent(input: EventInput, options: AnalyzeOptions = {}): AnalysisResult {
  // Claims and comparisons of another engine version are not this engine's: nothing of them is reused.
  const previous = options.previous?.engine === ENGINE ? options.previous : undefined;
  const context = options.context ?? createEngineContext();
  const reusable = new Map((previous?.articles ?? []).filter((a) => a.hash).map((a) => [a.id, a]));
  const analyzed: AnalyzedArticle[] = input.articles.map((article) => {
    const hash = articleHash(article);
    const before = reusable.get(article.id);
    const claims = before && before.hash === hash ? before.claims : extractClaims(article, context.texts);
    return { article, claims, hash };
  });
  // A result of this context left its comparisons in it already; any other (loaded from storage) seeds them.
  if (previous && !context.produced.has(previous)) {
    const facts = previousFacts(previous, context);
    seedComparedPairs(context, facts);
    seedVerdicts(context, facts, (options.alignModel ?? ALIGN_MODEL).thresholds.sameCoverage);
  }
  const result = analyzeClaims(analyzed, {
    alignModel: options.alignModel,
    // Fact ids survive re-analysis (and an engine upgrade) while a fact's central claim does.
    factIds: previousFactIds(options.previous),
    context
  });
  context.produced.add(result);
  return result;
}
