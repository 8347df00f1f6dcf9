import { instanceSentences, type EcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import type { AnalysisResult, EventInput } from '../../src/lib/analysis/types';
import { baselineAligned, contentWords } from './baseline';
import { groupedSentencePairs, sentenceOfClaims, type KeyedSpan } from './claimSentences';
import { subtopicOf } from './loadEcbPlus';
import { pairKey, prfOfSets, sumPrf, type Prf } from './metrics';

interface GoldSentence extends KeyedSpan {
  doc: string;
  text: string;
  /** Event instances (ACT…/NEG… chains) the sentence mentions. */
  events: Set<string>;
}

/** The gold-selected sentences of one sub-topic's documents, with their event instances. */
function goldSentences(docs: EcbDocument[], selection: Set<string>): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const doc of docs) {
    const eventsOfSentence = new Map<number, Set<string>>();
    for (const [instance, sentences] of instanceSentences(doc)) {
      if (!/^(ACT|NEG)/.test(instance)) continue;
      for (const n of sentences) {
        if (!eventsOfSentence.has(n)) eventsOfSentence.set(n, new Set());
        eventsOfSentence.get(n)!.add(instance);
      }
    }
    for (const s of doc.sentences) {
      const key = `${doc.name}:${s.n}`;
      if (!selection.has(key)) continue;
      out.push({
        key,
        doc: doc.name,
        start: s.start,
        end: s.end,
        text: s.text,
        events: eventsOfSentence.get(s.n) ?? new Set()
      });
    }
  }
  return out;
}

/** Cross-document pairs of the sentences, with the gold positives. */
function pairsOf(sentences: GoldSentence[]) {
  const all: [GoldSentence, GoldSentence][] = [];
  const positive = new Set<string>();
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const [a, b] = [sentences[i], sentences[j]];
      if (a.doc === b.doc) continue;
      all.push([a, b]);
      if ([...a.events].some((e) => b.events.has(e))) positive.add(pairKey(a.key, b.key));
    }
  }
  return { all, positive };
}

export function subtopicGroups(docs: EcbDocument[]): EcbDocument[][] {
  const groups = new Map<string, EcbDocument[]>();
  for (const d of docs) {
    const key = subtopicOf(d);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(d);
  }
  return [...groups.values()];
}

export function eventInputOf(docs: EcbDocument[], title: string): EventInput {
  // Each document is its own outlet: ECB+ gives no reliable outlet names and two pieces of one site must still align.
  return { event: { title }, articles: docs.map((d) => ({ id: d.name, outlet: d.name, text: d.text })) };
}

export function baselineCorefPrf(docs: EcbDocument[], selection: Set<string>, threshold?: number): Prf {
  return sumPrf(
    subtopicGroups(docs).map((group) => {
      const { all, positive } = pairsOf(goldSentences(group, selection));
      const bags = new Map<string, Set<string>>();
      const bag = (s: GoldSentence) => bags.get(s.key) ?? bags.set(s.key, contentWords(s.text)).get(s.key)!;
      const predicted = all
        .filter(([a, b]) => baselineAligned(bag(a), bag(b), threshold))
        .map(([a, b]) => pairKey(a.key, b.key));
      return prfOfSets(predicted, positive);
    })
  );
}

/**
 * Sentence alignment against gold cross-document event coreference, per sub-topic: pairs of gold-selected sentences
 * in different documents, positive when they share an event instance; predicted when analyzeEvent puts claims over
 * both in one group.
 */
export function evalCorefAlignment(
  docs: EcbDocument[],
  selection: Set<string>,
  analyzeEvent?: (input: EventInput) => AnalysisResult
) {
  const groups = subtopicGroups(docs);
  let pairs = 0;
  let positives = 0;
  const engineParts: Prf[] = [];
  for (const group of groups) {
    const sentences = goldSentences(group, selection);
    const { all, positive } = pairsOf(sentences);
    pairs += all.length;
    positives += positive.size;
    if (!analyzeEvent) continue;
    const universe = new Set(all.map(([a, b]) => pairKey(a.key, b.key)));
    const result = analyzeEvent(eventInputOf(group, subtopicOf(group[0])));
    // Claims map to the sentence they overlap most among ALL sentences; pairs outside the gold selection drop out.
    const byDoc = new Map<string, KeyedSpan[]>(
      group.map((d) => [
        d.name,
        d.sentences.map((s) => ({ key: `${d.name}:${s.n}`, start: s.start, end: s.end }))
      ])
    );
    const predicted = [...groupedSentencePairs(result, sentenceOfClaims(result, byDoc))].filter((p) =>
      universe.has(p)
    );
    engineParts.push(prfOfSets(predicted, positive));
  }
  return {
    subtopics: groups.length,
    pairs,
    positives,
    engine: analyzeEvent ? sumPrf(engineParts) : undefined,
    baseline: baselineCorefPrf(docs, selection)
  };
}
