// The claim engine's memory between runs, owned by the caller: everything that makes re-analyzing an event
// incremental (text profiles, pair scores, compared pairs, verdicts, shingles) lives here and nowhere else.
// analyzeEvent(input, { context }) reads and fills it; without one, a run uses a fresh private context, so two
// events, tests or workers never share hidden state. Dropping a context is how the memory is emptied (as after
// a restart). Immutable tables (lexicons, models, word vectors, the NLP model) stay module-level.
import type { TextPairOverlap, TextSide } from './candidatePairs';
import type { TextMemo } from './features/analyzeText';
import type { ValueDiscrepancy } from './compareValues';
import type { IdfLookup, PreparedMemo } from './pairFeatures';
import type { SentenceProfile } from './profileSentence';
import type { AnalysisResult, Verdict } from './types';

export interface FactVerdicts {
  outlets: Record<string, Verdict>;
  verdict: Verdict;
}

export interface EngineContext {
  /** wink's analyses by text (extractClaims, compareValues); bounded. */
  texts: TextMemo;
  /** Text profile by claim text (alignClaims). */
  profiles: Map<string, SentenceProfile>;
  /** Profile and word ids by claim text (alignClaims). */
  sides: Map<string, TextSide>;
  /** Retrieval terms by claim text and entities (alignClaims). */
  termsByText: Map<string, string[]>;
  /** What two claim texts share, by text-id pair (alignClaims). */
  overlaps: Map<number, TextPairOverlap>;
  /** Claim texts interned to small integers, the keys of `overlaps`. */
  textIds: Map<string, number>;
  /** Per-profile quantities under one IDF table (pairFeatures); weak, so they go with their profiles. */
  prepared: WeakMap<IdfLookup, PreparedMemo>;
  /** Value discrepancies by ordered claim-key pair (comparedPairs). */
  compared: Map<number, readonly ValueDiscrepancy[]>;
  /** Claim names (article hash + claim id) interned to small integers (comparedPairs). */
  claimKeys: Map<string, number>;
  /** Verdicts by fact content, keyed by claim keys (verdictsOnce); emptied with claimKeys. */
  verdicts: Map<string, FactVerdicts>;
  /** 5-word shingle sets by article text (findDerivedCopies). */
  shingles: Map<string, Set<string>>;
  /** Results this context's runs produced: their comparisons are in memory already, nothing to seed. */
  produced: WeakSet<AnalysisResult>;
}

export function createEngineContext(): EngineContext {
  return {
    texts: new Map(),
    profiles: new Map(),
    sides: new Map(),
    termsByText: new Map(),
    overlaps: new Map(),
    textIds: new Map(),
    prepared: new WeakMap(),
    compared: new Map(),
    claimKeys: new Map(),
    verdicts: new Map(),
    shingles: new Map(),
    produced: new WeakSet()
  };
}
