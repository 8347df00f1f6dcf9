// Sentence-boundary F1 of splitSentences against the ECB+ gold sentences of the dev topics, beside a plain
// Intl.Segmenter baseline, and the throughput of the whole front half (extractClaims) on the same documents.
// Usage: npx tsx scripts/measure-sentences.ts [--errors] [--train]
import fs from 'node:fs';
import path from 'node:path';
import { parseEcbDocument } from '../src/lib/ecbplus/parseEcbDocument';
import { splitSentences } from '../src/lib/analysis/splitSentences';
import { extractClaims } from '../src/lib/analysis/extractClaims';

const DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35];
const root = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(root, '../shared/data/ecbplus');
const showErrors = process.argv.includes('--errors');
const topics = process.argv.includes('--train')
  ? Array.from({ length: 35 }, (_, i) => i + 1).filter((t) => !DEV_TOPICS.includes(t))
  : DEV_TOPICS;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
function segmenterStarts(text: string): number[] {
  const starts: number[] = [];
  for (const s of segmenter.segment(text)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    if (s.segment.trim()) starts.push(s.index + lead);
  }
  return starts;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}
const ours: Score = { tp: 0, fp: 0, fn: 0 };
const base: Score = { tp: 0, fp: 0, fn: 0 };
function score(s: Score, gold: Set<number>, predicted: number[]): { fp: number[]; fn: number[] } {
  const pred = new Set(predicted.filter((p) => p > 0));
  const fp = [...pred].filter((p) => !gold.has(p));
  const fn = [...gold].filter((g) => !pred.has(g));
  s.tp += pred.size - fp.length;
  s.fp += fp.length;
  s.fn += fn.length;
  return { fp, fn };
}
const f1 = (s: Score) => {
  const p = s.tp / (s.tp + s.fp);
  const r = s.tp / (s.tp + s.fn);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`;
};

if (!fs.existsSync(corpus)) {
  console.log(`ECB+ corpus not found at ${corpus}`);
  process.exit(0);
}
let docs = 0;
let chars = 0;
let ms = 0;
const texts: string[] = [];
for (const topic of topics) {
  const dir = path.join(corpus, String(topic));
  if (!fs.existsSync(dir)) continue;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
    const doc = parseEcbDocument(fs.readFileSync(path.join(dir, file), 'utf8'), file.replace(/\.xml$/, ''));
    const gold = new Set(doc.sentences.map((s) => s.start).filter((s) => s > 0));
    const t0 = performance.now();
    const predicted = splitSentences(doc.text).map((s) => s.start);
    ms += performance.now() - t0;
    docs++;
    chars += doc.text.length;
    texts.push(doc.text);
    const errors = score(ours, gold, predicted);
    score(base, gold, segmenterStarts(doc.text));
    if (showErrors) {
      const ctx = (p: number) =>
        JSON.stringify(doc.text.slice(Math.max(0, p - 40), p) + '‖' + doc.text.slice(p, p + 30));
      for (const p of errors.fp) console.log(`FP ${doc.name} ${ctx(p)}`);
      for (const p of errors.fn) console.log(`FN ${doc.name} ${ctx(p)}`);
    }
  }
}
console.log(
  `${docs} documents (${topics.length} topics), ${chars} chars, splitSentences ${ms.toFixed(0)} ms`
);
console.log(`splitSentences   ${f1(ours)}  (tp ${ours.tp}, fp ${ours.fp}, fn ${ours.fn})`);
console.log(`Intl.Segmenter   ${f1(base)}  (tp ${base.tp}, fp ${base.fp}, fn ${base.fn})`);

// Throughput: CPU time rather than wall time, because the machine is shared. The first pass includes JIT warm-up
// (what a fresh CLI run pays); the second pass runs on slightly altered texts so no cached analysis is reused.
const tokens = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
for (const [label, alter] of [
  ['cold', (t: string) => t],
  ['warm', (t: string) => t.replace(/ the /g, ' the  ')]
] as const) {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  let units = 0;
  texts.forEach(
    (t, i) =>
      (units += extractClaims({ id: `d${i}`, outlet: 'x', published: '2013-09-14', text: alter(t) }).length)
  );
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const wallMs = performance.now() - wall0;
  console.log(
    `extractClaims ${label}: ${tokens} tokens, ${units} units, ${cpuMs.toFixed(0)} CPU-ms (${Math.round((tokens / cpuMs) * 1000)} tokens/CPU-s), ${wallMs.toFixed(0)} ms wall (${Math.round((tokens / wallMs) * 1000)} tokens/s)`
  );
}
