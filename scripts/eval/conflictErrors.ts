// Error analysis of the facts-dev conflict score: `npx tsx scripts/eval/conflictErrors.ts [--data DIR] [--show N]
// [--type TYPE]`. Prints counts of true/false positives per discrepancy type and of false negatives by cause
// (not grouped together / grouped but no discrepancy), then up to N examples of each with both sentences and both
// values. The dev text is printed to the terminal only: never commit its output.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeEvent } from '../../src/lib/analysis/analyzeEvent';
import type { Discrepancy } from '../../src/lib/analysis/types';
import { sentenceOfClaims, groupedSentencePairs, type KeyedSpan } from './claimSentences';
import { eventInputOf } from './evalCorefAlignment';
import { goldPairs, labelledSentences, loadDocs, type LabelledSentence } from './evalFacts';
import { loadFactsDev, type FactsEvent } from './loadFactsDev';
import { pairKey } from './metrics';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: options } = parseArgs({
  options: { data: { type: 'string' }, show: { type: 'string' }, type: { type: 'string' } },
  strict: true
});
const dataDir = resolve(options.data ?? resolve(root, '../shared/data'));
const show = Number(options.show ?? 5);
if (!existsSync(resolve(dataDir, 'facts-dev'))) {
  console.log(`no facts-dev at ${dataDir}; skipped`);
  process.exit(0);
}

interface Example {
  event: string;
  a: LabelledSentence;
  b: LabelledSentence;
  detail: string;
}
const examples = new Map<string, Example[]>();
const note = (bucket: string, example: Example) => {
  if (!examples.has(bucket)) examples.set(bucket, []);
  examples.get(bucket)!.push(example);
};

function goldDetail(event: FactsEvent, a: LabelledSentence, b: LabelledSentence): string {
  const parts: string[] = [];
  for (const x of a.gold.facts)
    for (const y of b.gold.facts) {
      if (x.fact !== y.fact) continue;
      const fact = event.facts.find((f) => f.id === x.fact)!;
      const text = (v: string | null) => (v ? fact.values.find((w) => w.id === v)?.text : '—');
      const conflicting =
        (x.value &&
          y.value &&
          fact.conflicts.some(([p, q]) => pairKey(p, q) === pairKey(x.value!, y.value!))) ||
        (x.certainty === 'denied') !== (y.certainty === 'denied');
      parts.push(
        `${conflicting ? '!! ' : ''}${fact.question}: "${text(x.value)}" (${x.certainty}) vs "${text(y.value)}" (${y.certainty})`
      );
    }
  return parts.join('; ');
}

/** Which gold rule makes the pair conflict: 'value' or 'denied'. */
function goldCause(event: FactsEvent, a: LabelledSentence, b: LabelledSentence): string {
  for (const x of a.gold.facts)
    for (const y of b.gold.facts) {
      if (x.fact !== y.fact) continue;
      const fact = event.facts.find((f) => f.id === x.fact)!;
      if (
        x.value &&
        y.value &&
        fact.conflicts.some(([p, q]) => pairKey(p, q) === pairKey(x.value!, y.value!))
      )
        return 'value';
    }
  return 'denied';
}

for (const event of loadFactsDev(resolve(dataDir, 'facts-dev'))) {
  const names = [...new Set(event.sentences.map((s) => s.doc))];
  const docs = loadDocs(resolve(dataDir, 'ecbplus'), names);
  const sentences = labelledSentences(event, new Map(docs.map((d) => [d.name, d])));
  const byKey = new Map(sentences.map((s) => [s.key, s]));
  const gold = goldPairs(event, sentences);
  const result = analyzeEvent(eventInputOf(docs, event.event));
  const byDoc = new Map<string, KeyedSpan[]>();
  for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  const sentenceOf = sentenceOfClaims(result, byDoc);
  const grouped = groupedSentencePairs(result, sentenceOf);
  const predicted = new Map<string, Discrepancy[]>();
  for (const g of result.facts)
    for (const d of g.discrepancies) {
      const [x, y] = d.claims.map((c) => sentenceOf.get(c));
      if (!x || !y || x === y) continue;
      const key = pairKey(x, y);
      predicted.set(key, [...(predicted.get(key) ?? []), d]);
    }
  for (const [x, y] of gold.pairs) {
    const key = pairKey(x.key, y.key);
    if (!gold.aligned.has(key)) continue;
    const [a, b] = [byKey.get(x.key)!, byKey.get(y.key)!];
    const ds = predicted.get(key) ?? [];
    const isGold = gold.conflicting.has(key);
    const shown = ds.map((d) => `${d.type}: "${d.values[0]}" vs "${d.values[1]}"`).join('; ');
    const detail = `engine ${shown || '—'}\n    gold ${goldDetail(event, a, b)}`;
    if (ds.length) {
      // One pair counts once: by the first discrepancy type (types sorted for stable buckets).
      const type = [...new Set(ds.map((d) => d.type))].sort().join('+');
      note(`${isGold ? 'TP' : 'FP'} ${type}`, { event: event.event, a, b, detail });
    } else if (isGold) {
      const cause = grouped.has(key) ? 'grouped, no discrepancy' : 'not grouped';
      note(`FN ${goldCause(event, a, b)} (${cause})`, { event: event.event, a, b, detail });
    }
  }
}

const buckets = [...examples.keys()].sort();
console.log('bucket counts (pairs):');
for (const b of buckets) {
  const perEvent = new Map<string, number>();
  for (const e of examples.get(b)!) perEvent.set(e.event, (perEvent.get(e.event) ?? 0) + 1);
  console.log(
    `  ${b.padEnd(40)} ${String(examples.get(b)!.length).padStart(5)}   ${[...perEvent].map(([e, n]) => `${e} ${n}`).join(', ')}`
  );
}
for (const b of buckets) {
  if (options.type && !b.includes(options.type)) continue;
  console.log(`\n== ${b}`);
  for (const e of examples.get(b)!.slice(0, show)) {
    console.log(`  [${e.event}] A ${e.a.key}: ${e.a.text}\n    B ${e.b.key}: ${e.b.text}\n    ${e.detail}`);
  }
}
