import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { parseEcbDocument, type EcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import type { AnalysisResult, EventInput } from '../../src/lib/analysis/types';
import { baselineAligned, baselineIsNonClaim, baselineNumbersDiffer, contentWords } from './baseline';
import {
  discrepancySentencePairs,
  groupedSentencePairs,
  sentenceOfClaims,
  type KeyedSpan
} from './claimSentences';
import { eventInputOf } from './evalCorefAlignment';
import { goldConflicts, goldRelation } from './goldRelation';
import { outletVerdictCases, type OutletVerdictCase } from './evalVerdicts';
import { loadFactsDev, type FactsEvent, type GoldSentence } from './loadFactsDev';
import { pairKey, prfOfSets, sumPrf, type Prf } from './metrics';

export interface LabelledSentence extends KeyedSpan {
  doc: string;
  text: string;
  gold: GoldSentence;
}

export interface FactsScores {
  align: Prf;
  conflict: Prf;
  nonClaim: Prf;
  /**
   * Conflicts scored over every flagged pair, also those whose two sentences share no gold fact (the official
   * conflict score leaves them out): how often a "differs" a reader sees is in the labels.
   */
  flagged: Prf;
}

export function loadDocs(ecbDir: string, names: string[]): EcbDocument[] {
  return names.map((name) => {
    const topic = name.split('_')[0];
    return parseEcbDocument(readFileSync(join(ecbDir, topic, `${name}.xml`), 'utf8'), name);
  });
}

/** Gold pairs of facts-dev/README.md: aligned (share a fact) and conflicting (conflicting values or one denial). */
export function goldPairs(event: FactsEvent, sentences: LabelledSentence[]) {
  const conflicts = goldConflicts(event);
  const claims = sentences.filter((s) => s.gold.kind === 'claim');
  const pairs: [LabelledSentence, LabelledSentence][] = [];
  const aligned = new Set<string>();
  const conflicting = new Set<string>();
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b] = [claims[i], claims[j]];
      if (a.doc === b.doc) continue;
      pairs.push([a, b]);
      const relation = goldRelation(conflicts, a.gold, b.gold);
      const key = pairKey(a.key, b.key);
      if (relation !== 'none') aligned.add(key);
      if (relation === 'differ') conflicting.add(key);
    }
  }
  return { pairs, aligned, conflicting };
}

export function labelledSentences(event: FactsEvent, docs: Map<string, EcbDocument>): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const gold of event.sentences) {
    const doc = docs.get(gold.doc)!;
    const s = doc.sentences.find((x) => x.n === gold.n);
    if (!s) throw new Error(`facts-dev ${event.event}: ${gold.doc} has no sentence ${gold.n}`);
    out.push({ key: `${gold.doc}:${gold.n}`, doc: gold.doc, start: s.start, end: s.end, text: s.text, gold });
  }
  return out;
}

export function engineScores(
  result: AnalysisResult,
  sentences: LabelledSentence[],
  gold: ReturnType<typeof goldPairs>
): FactsScores {
  const byDoc = new Map<string, KeyedSpan[]>();
  for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  const sentenceOfClaim = sentenceOfClaims(result, byDoc);
  const universe = new Set(gold.pairs.map(([a, b]) => pairKey(a.key, b.key)));
  const grouped = [...groupedSentencePairs(result, sentenceOfClaim)].filter((p) => universe.has(p));
  const flagged = [...discrepancySentencePairs(result, sentenceOfClaim)].filter((p) => universe.has(p));
  const differing = flagged.filter((p) => gold.aligned.has(p));

  // Non-claim: no claim of kind 'claim' overlaps the sentence at all.
  const claimSpans = new Map<string, { start: number; end: number }[]>();
  for (const article of result.articles) {
    claimSpans.set(
      article.id,
      article.claims.filter((c) => c.kind === 'claim')
    );
  }
  const predictedNonClaims = sentences
    .filter((s) => !(claimSpans.get(s.doc) ?? []).some((c) => c.start < s.end && s.start < c.end))
    .map((s) => s.key);
  return {
    align: prfOfSets(grouped, gold.aligned),
    conflict: prfOfSets(differing, gold.conflicting),
    flagged: prfOfSets(flagged, gold.conflicting),
    nonClaim: prfOfSets(
      predictedNonClaims,
      sentences.filter((s) => s.gold.kind === 'non-claim').map((s) => s.key)
    )
  };
}

function baselineScores(sentences: LabelledSentence[], gold: ReturnType<typeof goldPairs>): FactsScores {
  const bags = new Map(sentences.map((s) => [s.key, contentWords(s.text)]));
  const aligned = gold.pairs.filter(([a, b]) => baselineAligned(bags.get(a.key)!, bags.get(b.key)!));
  const alignedKeys = aligned.map(([a, b]) => pairKey(a.key, b.key));
  const flagged = aligned
    .filter(([a, b]) => baselineNumbersDiffer(a.text, b.text))
    .map(([a, b]) => pairKey(a.key, b.key));
  const conflicts = flagged.filter((p) => gold.aligned.has(p));
  return {
    align: prfOfSets(alignedKeys, gold.aligned),
    conflict: prfOfSets(conflicts, gold.conflicting),
    flagged: prfOfSets(flagged, gold.conflicting),
    nonClaim: prfOfSets(
      sentences.filter((s) => baselineIsNonClaim(s.text)).map((s) => s.key),
      sentences.filter((s) => s.gold.kind === 'non-claim').map((s) => s.key)
    )
  };
}

export function sumScores(parts: FactsScores[]): FactsScores {
  return {
    align: sumPrf(parts.map((p) => p.align)),
    conflict: sumPrf(parts.map((p) => p.conflict)),
    nonClaim: sumPrf(parts.map((p) => p.nonClaim)),
    flagged: sumPrf(parts.map((p) => p.flagged))
  };
}

/** One facts-dev event joined to its ECB+ articles: the engine input, the labelled sentences and the gold pairs. */
export interface LoadedFactsEvent {
  event: FactsEvent;
  input: EventInput;
  sentences: LabelledSentence[];
  gold: ReturnType<typeof goldPairs>;
}

export function loadFactsEvent(ecbDir: string, event: FactsEvent): LoadedFactsEvent {
  const names = [...new Set(event.sentences.map((s) => s.doc))];
  const docs = loadDocs(ecbDir, names);
  const sentences = labelledSentences(event, new Map(docs.map((d) => [d.name, d])));
  return { event, input: eventInputOf(docs, event.event), sentences, gold: goldPairs(event, sentences) };
}

/** Every facts-dev event of `factsDir` joined to its ECB+ articles; none when the labels are absent. */
export function loadFactsEvents(ecbDir: string, factsDir: string): LoadedFactsEvent[] {
  if (!existsSync(factsDir) || !existsSync(ecbDir)) return [];
  return loadFactsDev(factsDir).map((event) => loadFactsEvent(ecbDir, event));
}

/** The facts-dev scores of one event's analysis (the official scorer; tuning and tests use it too). */
export function scoreFactsEvent(loaded: LoadedFactsEvent, result: AnalysisResult): FactsScores {
  return engineScores(result, loaded.sentences, loaded.gold);
}

/** The three judged scores of facts-dev/README.md, micro-averaged over the labelled dev events. */
export function evalFacts(
  ecbDir: string,
  events: FactsEvent[],
  analyzeEvent?: (input: EventInput) => AnalysisResult
) {
  const engineParts: FactsScores[] = [];
  const baselineParts: FactsScores[] = [];
  const perEvent: {
    event: string;
    sentences: number;
    /** Cross-article pairs of gold claim sentences, and how many align / conflict in gold. */
    pairs: number;
    aligned: number;
    conflicting: number;
    engine?: FactsScores;
    baseline: FactsScores;
    /** The engine's per-outlet verdicts against the gold values (evalVerdicts). */
    verdicts?: OutletVerdictCase[];
  }[] = [];
  for (const event of events) {
    const loaded = loadFactsEvent(ecbDir, event);
    const { sentences, gold } = loaded;
    const baseline = baselineScores(sentences, gold);
    baselineParts.push(baseline);
    let engine: FactsScores | undefined;
    let verdicts: OutletVerdictCase[] | undefined;
    if (analyzeEvent) {
      const result = analyzeEvent(loaded.input);
      engine = scoreFactsEvent(loaded, result);
      engineParts.push(engine);
      verdicts = outletVerdictCases(loaded, result);
    }
    perEvent.push({
      event: event.event,
      sentences: sentences.length,
      pairs: gold.pairs.length,
      aligned: gold.aligned.size,
      conflicting: gold.conflicting.size,
      engine,
      baseline,
      verdicts
    });
  }
  return {
    events: events.length,
    sentences: perEvent.reduce((n, e) => n + e.sentences, 0),
    pairs: perEvent.reduce((n, e) => n + e.pairs, 0),
    aligned: perEvent.reduce((n, e) => n + e.aligned, 0),
    conflicting: perEvent.reduce((n, e) => n + e.conflicting, 0),
    engine: analyzeEvent ? sumScores(engineParts) : undefined,
    baseline: sumScores(baselineParts),
    perEvent
  };
}
