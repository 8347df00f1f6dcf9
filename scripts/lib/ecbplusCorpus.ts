// Reads the ECB+ corpus from ../shared/data (never copied into the repository); the facts-dev labels are read by
// scripts/eval/loadFactsDev.ts from FACTS_DEV_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEcbDocument, type EcbDocument } from '../../src/lib/ecbplus/parseEcbDocument';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ECBPLUS_DIR = path.resolve(REPO_ROOT, '../shared/data/ecbplus');
export const FACTS_DEV_DIR = path.resolve(REPO_ROOT, '../shared/data/facts-dev');
export const DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35];

export function ecbplusAvailable(): boolean {
  return fs.existsSync(path.join(ECBPLUS_DIR, '1'));
}

/** All documents of the given topics, sorted by name (deterministic). */
export function loadTopics(topics: number[]): EcbDocument[] {
  const docs: EcbDocument[] = [];
  for (const topic of topics) {
    const dir = path.join(ECBPLUS_DIR, String(topic));
    if (!fs.existsSync(dir)) continue;
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .sort()) {
      docs.push(parseEcbDocument(fs.readFileSync(path.join(dir, file), 'utf8'), file.replace(/\.xml$/, '')));
    }
  }
  return docs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function trainTopics(): number[] {
  return fs
    .readdirSync(ECBPLUS_DIR)
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((t) => !DEV_TOPICS.includes(t))
    .sort((a, b) => a - b);
}

/** Gold sentence list of ECB+ (`ECBplus_coreference_sentences.csv`): "doc name" -> sentence numbers. */
export function goldSentences(): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const csv = fs.readFileSync(path.join(ECBPLUS_DIR, 'ECBplus_coreference_sentences.csv'), 'utf8');
  for (const line of csv.split('\n').slice(1)) {
    const [topic, file, n] = line.trim().split(',');
    if (!n) continue;
    const name = `${topic}_${file}`;
    if (!out.has(name)) out.set(name, new Set());
    out.get(name)!.add(Number(n));
  }
  return out;
}
