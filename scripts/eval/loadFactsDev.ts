import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type GoldCertainty = 'asserted' | 'attributed' | 'hedged' | 'denied';

export interface GoldFactMention {
  fact: string;
  value: string | null;
  certainty: GoldCertainty;
}

export interface GoldSentence {
  doc: string;
  n: number;
  kind: 'claim' | 'non-claim';
  facts: GoldFactMention[];
}

export interface GoldFact {
  id: string;
  question: string;
  values: { id: string; text: string }[];
  conflicts: [string, string][];
}

/** One hand-labelled dev event (facts-dev/README.md, GUIDE.md). */
export interface FactsEvent {
  event: string;
  summary: string;
  facts: GoldFact[];
  sentences: GoldSentence[];
}

export function loadFactsDev(dir: string): FactsEvent[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => parseInt(a) - parseInt(b))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FactsEvent);
}
