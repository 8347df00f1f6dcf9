// `npm run train:same -- --paraphrase FILE`: fits the same-statement model behind `pairs` answering 'same'
// (src/lib/analysis/sameModel.ts) on a paraphrase corpus in the MSR layout (scripts/eval/evalParaphrase.ts), and
// writes src/lib/analysis/model/sameModel.json. Pass the public MSR Paraphrase Corpus's TRAINING split: its test
// split is what Parallax is judged on. Parallax ships no corpus. Before writing, prints the accuracy of the whole
// `pairs` decision under k-fold cross-validation (each fold's model and threshold fitted on the other folds), beside
// the mutual-coverage rule it replaces, word overlap and always answering 'same'. Deterministic: the same file
// gives the same model.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isSameStatement, pairEvidence, type PairEvidence } from '../src/lib/analysis/comparePair';
import { SAME_FEATURE_NAMES } from '../src/lib/analysis/sameFeatures';
import type { StandardizedWeights } from '../src/lib/analysis/standardizedProbability';
import { baselineRelation } from './eval/evalPairs';
import { readParaphrasePairs } from './eval/evalParaphrase';
import { REPO_ROOT } from './lib/ecbplusCorpus';
import { round, trainStandardizedLogistic } from './lib/logisticRegression';

const MODEL_PATH = path.join(REPO_ROOT, 'src/lib/analysis/model/sameModel.json');
/** Mutual content coverage from which the rule before this model said 'same' (chosen on 637 MSR training pairs). */
const COVERAGE_RULE = 0.45;
const COVERAGE = SAME_FEATURE_NAMES.indexOf('coverageMin');

const { values: options } = parseArgs({
  options: { paraphrase: { type: 'string' }, folds: { type: 'string' } },
  strict: true
});
if (!options.paraphrase) {
  console.error('usage: npm run train:same -- --paraphrase FILE (a paraphrase corpus in the MSR layout)');
  process.exit(2);
}
const file = path.resolve(options.paraphrase);
const folds = Number(options.folds ?? 10);
if (!Number.isInteger(folds) || folds < 2) throw new Error(`--folds must be an integer of at least 2`);

interface Row {
  paraphrase: boolean;
  evidence: PairEvidence;
}
const started = Date.now();
const pairs = readParaphrasePairs(file);
const rows: Row[] = pairs.map((p) => ({ paraphrase: p.paraphrase, evidence: pairEvidence(p.a, p.b) }));

/** comparePair's decision with a candidate model and threshold. */
const saysSame = (e: PairEvidence, m: StandardizedWeights, threshold: number) =>
  isSameStatement(e, { ...m, threshold });

function accuracy(subset: readonly Row[], says: (r: Row) => boolean): number {
  return subset.filter((r) => says(r) === r.paraphrase).length / subset.length;
}

/** The model and the accuracy-maximising threshold (0.30..0.70; ties go to the lower) fitted on `subset`. */
function fit(subset: readonly Row[]) {
  const fitted = trainStandardizedLogistic(
    subset.map((r) => r.evidence.features),
    subset.map((r) => (r.paraphrase ? 1 : 0))
  );
  let best = { threshold: 0.5, accuracy: -1 };
  for (let t = 30; t <= 70; t++) {
    const a = accuracy(subset, (r) => saysSame(r.evidence, fitted, t / 100));
    if (a > best.accuracy) best = { threshold: t / 100, accuracy: a };
  }
  return { fitted, threshold: best.threshold };
}

// Folds by position: pair i is in fold i mod k.
let correct = 0;
for (let k = 0; k < folds; k++) {
  const { fitted, threshold } = fit(rows.filter((_, i) => i % folds !== k));
  const test = rows.filter((_, i) => i % folds === k);
  correct += test.filter((r) => saysSame(r.evidence, fitted, threshold) === r.paraphrase).length;
}
const cvAccuracy = correct / rows.length;
const coverageRule = accuracy(
  rows,
  (r) =>
    !r.evidence.unrelated &&
    !r.evidence.discrepancies.length &&
    r.evidence.features[COVERAGE] >= COVERAGE_RULE
);
const overlap =
  pairs.filter((p) => (baselineRelation(p.a, p.b) === 'same') === p.paraphrase).length / pairs.length;
const always = rows.filter((r) => r.paraphrase).length / rows.length;

const { fitted, threshold } = fit(rows);
const inSample = accuracy(rows, (r) => saysSame(r.evidence, fitted, threshold));
const model = {
  features: [...SAME_FEATURE_NAMES],
  ...fitted,
  threshold,
  trainedOn: `${path.basename(file)}: ${rows.length} pairs; ${folds}-fold cross-validated accuracy ${round(cvAccuracy, 4)}`
};
fs.writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');

const line = (name: string, value: number) => console.log(`${name.padEnd(58)} ${value.toFixed(4)}`);
console.log(`${rows.length} pairs, ${rows.filter((r) => r.paraphrase).length} paraphrases (${file})`);
line(`\`pairs\` says same, ${folds}-fold cross-validated`, cvAccuracy);
line(`the rule before: mutual coverage >= ${COVERAGE_RULE} (tuned on 637 of these pairs)`, coverageRule);
line('word overlap (content-word Jaccard >= 0.5)', overlap);
line('always "same"', always);
line('the written model on the pairs it was fitted on', inSample);
console.log(
  `threshold ${threshold}; wrote ${path.relative(REPO_ROOT, MODEL_PATH)} in ${((Date.now() - started) / 1000).toFixed(1)} s`
);
