import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEcbDocument, type EcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';

export const DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35];

/** Topic folders present under the ECB+ directory. */
export function availableTopics(ecbDir: string): number[] {
  return readdirSync(ecbDir)
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .sort((a, b) => a - b);
}

/** Parsed documents of the given topics, in a stable order (topic, sub-topic, document number). */
export function loadEcbDocuments(ecbDir: string, topics: number[]): EcbDocument[] {
  const docs: EcbDocument[] = [];
  for (const topic of topics) {
    const folder = join(ecbDir, String(topic));
    if (!existsSync(folder)) continue;
    const files = readdirSync(folder).filter((f) => /^\d+_\d+ecb(plus)?\.xml$/.test(f));
    for (const file of files) {
      docs.push(parseEcbDocument(readFileSync(join(folder, file), 'utf8'), file.replace(/\.xml$/, '')));
    }
  }
  const number = (d: EcbDocument) => Number(/_(\d+)/.exec(d.name)![1]);
  return docs.sort(
    (a, b) => a.topic - b.topic || a.subtopic.localeCompare(b.subtopic) || number(a) - number(b)
  );
}

/** "2_ecbplus": the real-world event a document reports. */
export function subtopicOf(doc: EcbDocument): string {
  return `${doc.topic}_${doc.subtopic}`;
}

/** The gold sentence selection: keys "DOC:N" ("1_10ecbplus:3") from ECBplus_coreference_sentences.csv. */
export function loadGoldSentences(ecbDir: string): Set<string> {
  const csv = readFileSync(join(ecbDir, 'ECBplus_coreference_sentences.csv'), 'utf8');
  const keys = new Set<string>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(',').map((s) => s.trim());
    if (topic && file && sentence) keys.add(`${topic}_${file}:${sentence}`);
  }
  return keys;
}
