// `npm run tune:pairs`: how PAIR_RULE's unrelated bounds (src/lib/analysis/comparePair.ts) were chosen. Grid over
// the two bounds, scored by macro-F1 of the whole `pairs` relation on sentence pairs of the hand-labelled facts-dev
// events, each event held out in turn (tuned on the others, scored on it), beside the committed rule. 'same' is
// the same-statement model's answer (trained on paraphrase data, `npm run train:same`). Prints; changes nothing.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isSameStatement,
  isUnrelated,
  PAIR_RULE,
  pairEvidence,
  type PairSignals
} from '../src/lib/analysis/comparePair';
import type { PairRelation } from '../src/lib/analysis/types';
import { goldPairs, scorePairs } from './eval/evalPairs';
import { loadFactsDev } from './eval/loadFactsDev';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const factsDir = resolve(root, '../shared/data/facts-dev');
const ecbDir = resolve(root, '../shared/data/ecbplus');
if (!existsSync(factsDir) || !existsSync(ecbDir)) {
  console.log(`tune:pairs: needs ${factsDir} and ${ecbDir}; skipped.`);
  process.exit(0);
}

type Rule = typeof PAIR_RULE;
const NEVER_UNRELATED: Rule = { relatedOverlap: 0, relatedProbability: 0 };
interface Row {
  event: string;
  gold: PairRelation;
  signals: PairSignals;
  /** What a pair that is not unrelated is: the same-statement model's answer, or related. */
  related: PairRelation;
}

const rows: Row[] = loadFactsDev(factsDir).flatMap((event) =>
  goldPairs(event, ecbDir).map((p) => {
    // Values compared for every pair: a bound of the grid may call related what the committed one calls unrelated.
    const evidence = pairEvidence(p.a, p.b, NEVER_UNRELATED);
    const related: PairRelation = isSameStatement(evidence) ? 'same' : 'related';
    return { event: event.event, gold: p.relation, signals: evidence.signals, related };
  })
);
const grid: Rule[] = [];
for (const relatedOverlap of [0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25])
  for (const relatedProbability of [0.35, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01])
    grid.push({ relatedOverlap, relatedProbability });

const macroF1 = (subset: Row[], rule: Rule) =>
  scorePairs(
    subset.map((r) => r.gold),
    subset.map((r) => (isUnrelated(r.signals, rule) ? 'unrelated' : r.related))
  ).macroF1;
const bestOn = (subset: Row[]) =>
  grid.reduce((best, rule) => (macroF1(subset, rule) > macroF1(subset, best) ? rule : best));
const show = (rule: Rule) => `${rule.relatedOverlap}/${rule.relatedProbability}`;

console.log(
  'held-out event   tuned on the others (overlap/probability)            held-out macro-F1   committed rule'
);
const heldOut: number[] = [];
const committed: number[] = [];
for (const event of [...new Set(rows.map((r) => r.event))]) {
  const rule = bestOn(rows.filter((r) => r.event !== event));
  const test = rows.filter((r) => r.event === event);
  heldOut.push(macroF1(test, rule));
  committed.push(macroF1(test, PAIR_RULE));
  console.log(
    `${event.padEnd(16)} ${show(rule).padEnd(52)} ${heldOut.at(-1)!.toFixed(3).padEnd(19)} ${committed.at(-1)!.toFixed(3)}`
  );
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
console.log(
  `mean held-out macro-F1 ${mean(heldOut).toFixed(3)}; committed rule ${show(PAIR_RULE)}: ${mean(committed).toFixed(3)} (in-sample)`
);
console.log(`best on all events: ${show(bestOn(rows))}`);
