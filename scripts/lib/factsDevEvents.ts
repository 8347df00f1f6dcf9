// facts-dev events joined to their ECB+ articles: article texts rebuilt with parseEcbDocument and the gold
// label of every sentence with its text span, for tuning and development scores.
import fs from 'node:fs';
import path from 'node:path';
import { parseEcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';
import type { ArticleInput } from '../../src/lib/analysis/types';
import { ECBPLUS_DIR, loadFactsDev, type FactsDevEvent, type FactsDevSentence } from './ecbplusCorpus';

export interface LabelledSentence extends FactsDevSentence {
  start: number;
  end: number;
  text: string;
}

export interface DevEvent {
  gold: FactsDevEvent;
  articles: ArticleInput[];
  /** Per article id, its labelled sentences in order. */
  sentences: Map<string, LabelledSentence[]>;
}

export function loadDevEvents(): DevEvent[] {
  return loadFactsDev().map((gold) => {
    const docs = [...new Set(gold.sentences.map((s) => s.doc))].sort();
    const articles: ArticleInput[] = [];
    const sentences = new Map<string, LabelledSentence[]>();
    for (const name of docs) {
      const topic = name.split('_')[0];
      const doc = parseEcbDocument(
        fs.readFileSync(path.join(ECBPLUS_DIR, topic, `${name}.xml`), 'utf8'),
        name
      );
      articles.push({ id: name, outlet: outletOf(doc.url, name), url: doc.url, text: doc.text });
      const byN = new Map(doc.sentences.map((s) => [s.n, s]));
      sentences.set(
        name,
        gold.sentences
          .filter((s) => s.doc === name && byN.has(s.n))
          .map((s) => ({
            ...s,
            start: byN.get(s.n)!.start,
            end: byN.get(s.n)!.end,
            text: byN.get(s.n)!.text
          }))
      );
    }
    return { gold, articles, sentences };
  });
}

function outletOf(url: string | undefined, name: string): string {
  const host = url ? /^(?:https?:\/\/)?(?:www\.)?([^/]+)/.exec(url)?.[1] : undefined;
  return host ? `${host} (${name})` : name;
}
