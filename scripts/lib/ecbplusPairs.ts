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
  /** Participant, time and place instances (HUM…, LOC…, TIM…, NON…). */
  arguments: Set<string>;
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
    const args = new Map<number, Set<string>>();
    for (const [instance, sentences] of instanceSentences(doc)) {
      const target = /^(ACT|NEG)/.test(instance) ? events : args;
      for (const n of sentences) {
        if (!target.has(n)) target.set(n, new Set());
        target.get(n)!.add(instance);
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
        events: events.get(s.n) ?? new Set(),
        arguments: args.get(s.n) ?? new Set()
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
        // Aligned: the same happening with at least one of the same participants, times or places, which is
        // closer to "the same fact" than sharing the event alone.
        const aligned =
          [...a.events].some((e) => b.events.has(e)) && [...a.arguments].some((e) => b.arguments.has(e));
        pairs.push({ a, b, aligned });
      }
    }
  }
  return pairs;
}
