// The engine is loaded module by module so the evaluation and the benchmark still report what they can while a
// part is missing (the engine lands piece by piece); a missing part is printed, never silently scored as 0.

import type {
  AnalysisResult,
  ArticleInput,
  Claim,
  EventInput,
  SentenceSpan
} from '../../src/lib/analysis/types';
import type { AnalyzeOptions } from '../../src/lib/analysis/analyzeEvent';

export interface Engine {
  splitSentences?: (text: string) => SentenceSpan[];
  extractClaims?: (article: ArticleInput) => Claim[];
  analyzeEvent?: (input: EventInput, options?: AnalyzeOptions) => AnalysisResult;
  clusterArticles?: (articles: { id: string; title?: string; text: string }[]) => Map<string, string>;
  /** Why a part is missing, by function name. */
  missing: Record<string, string>;
}

async function attempt<T>(engine: Engine, name: string, load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    engine.missing[name] = (error as Error).message.split('\n')[0];
    return undefined;
  }
}

export async function loadEngine(): Promise<Engine> {
  const engine: Engine = { missing: {} };
  engine.splitSentences = await attempt(
    engine,
    'splitSentences',
    async () => (await import('../../src/lib/analysis/splitSentences')).splitSentences
  );
  engine.extractClaims = await attempt(
    engine,
    'extractClaims',
    async () => (await import('../../src/lib/analysis/extractClaims')).extractClaims
  );
  engine.analyzeEvent = await attempt(
    engine,
    'analyzeEvent',
    async () => (await import('../../src/lib/analysis/analyzeEvent')).analyzeEvent
  );
  engine.clusterArticles = await attempt(
    engine,
    'clusterArticles',
    async () => (await import('../../src/lib/analysis/clusterArticles')).clusterArticles
  );
  return engine;
}
