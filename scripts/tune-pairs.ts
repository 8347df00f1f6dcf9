// `npm run tune:pairs`: how PAIR_RULE's unrelated bounds (src/lib/analysis/comparePair.ts) were chosen. Grid over
// the three bounds of the pair relation, scored by macro-F1 on sentence pairs of the hand-labelled facts-dev
// events, each event held out in turn (tuned on the others, scored on it), beside the committed rule. The
// committed sameCoverage comes from paraphrase data instead (see PAIR_RULE). Prints; changes nothing.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAIR_RULE, pairSignals, relatePair, type PairSignals } from '../src/lib/analysis/comparePair';
import { profileSentence } from '../src/lib/analysis/profileSentence';
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
interface Row extends PairSignals {
  event: string;
  gold: PairRelation;
}

const rows: Row[] = loadFactsDev(factsDir).flatMap((event) =>
  goldPairs(event, ecbDir).map((p) => ({
    event: event.event,
    gold: p.relation,
    ...pairSignals(profileSentence(p.a), profileSentence(p.b))
  }))
);
const grid: Rule[] = [];
for (const relatedOverlap of [0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25])
  for (const relatedProbability of [0.35, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01])
    for (const sameCoverage of [0.5, 0.6, 0.7, 0.8])
      grid.push({ relatedOverlap, relatedProbability, sameCoverage });

const macroF1 = (subset: Row[], rule: Rule) =>
  scorePairs(
    subset.map((r) => r.gold),
    subset.map((r) => relatePair(r, rule))
  ).macroF1;
const bestOn = (subset: Row[]) =>
  grid.reduce((best, rule) => (macroF1(subset, rule) > macroF1(subset, best) ? rule : best));
const show = (rule: Rule) => `${rule.relatedOverlap}/${rule.relatedProbability}/${rule.sameCoverage}`;

console.log(
  'held-out event   tuned on the others (overlap/probability/coverage)   held-out macro-F1   committed rule'
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
console.log(`best on all four events: ${show(bestOn(rows))}`);
