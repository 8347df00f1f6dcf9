// Gold sentence pairs from ECB+ for the pair model: two sentences of different documents of one topic are
// aligned when they mention the same cross-document event instance (ACT… / NEG… chains). Only sentences of the
// corpus' gold sentence list are used (the annotators marked mentions in those sentences only).
import type { EcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import { instanceSentences } from '../../src/lib/ecbplus/parseEcbDocument';

export interface GoldSentence {
  doc: string;
  topic: number;
  subtopic: 'ecb' | 'ecbplus';
  n: number;
  text: string;
  events: Set<string>;
}

export interface SentencePair {
  a: GoldSentence;
  b: GoldSentence;
  aligned: boolean;
}

export function goldSentencesOf(docs: EcbDocument[], gold: Map<string, Set<number>>): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const doc of docs) {
    const wanted = gold.get(doc.name);
    if (!wanted) continue;
    const events = new Map<number, Set<string>>();
    for (const [instance, sentences] of instanceSentences(doc)) {
      if (!/^(ACT|NEG)/.test(instance)) continue;
      for (const n of sentences) {
        if (!events.has(n)) events.set(n, new Set());
        events.get(n)!.add(instance);
      }
    }
    for (const s of doc.sentences) {
      if (!wanted.has(s.n)) continue;
      out.push({
        doc: doc.name,
        topic: doc.topic,
        subtopic: doc.subtopic,
        n: s.n,
        text: s.text,
        events: events.get(s.n) ?? new Set()
      });
    }
  }
  return out;
}

/** All pairs of gold sentences from different documents of the same topic (both sub-topics), in a fixed order. */
export function sentencePairs(sentences: GoldSentence[]): SentencePair[] {
  const byTopic = new Map<number, GoldSentence[]>();
  for (const s of sentences) {
    if (!byTopic.has(s.topic)) byTopic.set(s.topic, []);
    byTopic.get(s.topic)!.push(s);
  }
  const pairs: SentencePair[] = [];
  for (const topic of [...byTopic.keys()].sort((x, y) => x - y)) {
    const list = byTopic.get(topic)!;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.doc === b.doc) continue;
        const aligned = [...a.events].some((e) => b.events.has(e));
        pairs.push({ a, b, aligned });
      }
    }
  }
  return pairs;
}
