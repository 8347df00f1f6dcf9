// `npm run eval`: scores the engine on the ECB+ dev topics and the hand-labelled facts-dev events, each metric
// beside a word-overlap baseline computed in the same run. Options: --data DIR (default ../shared/data from the
// repository root), --json FILE (the same numbers as JSON), --tune (pick the baseline thresholds on train topics),
// --paraphrase FILE (also score `pairs` on a paraphrase corpus in the MSR layout: scripts/eval/evalParaphrase.ts).

import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BASELINE_ALIGN_THRESHOLD, BASELINE_CLUSTER_THRESHOLD } from './eval/baseline';
import { baselineClusteringScores, evalClustering } from './eval/evalClustering';
import { baselineCorefPrf, evalCorefAlignment } from './eval/evalCorefAlignment';
import { evalFacts, loadFactsEvents } from './eval/evalFacts';
import { verdictScores } from './eval/evalVerdicts';
import { BASELINE_RELATED, BASELINE_SAME, evalPairs } from './eval/evalPairs';
import { evalParaphrase, readParaphrasePairs } from './eval/evalParaphrase';
import { evalSentenceBoundaries } from './eval/evalSentenceBoundaries';
import { formatTable } from './eval/formatTable';
import { heldOutModels } from './eval/heldOutModels';
import { availableTopics, DEV_TOPICS, loadEcbDocuments, loadGoldSentences } from './eval/loadEcbPlus';
import { loadEngine } from './eval/loadEngine';
import { loadFactsDev } from './eval/loadFactsDev';
import type { Prf } from './eval/metrics';
import type { EventInput } from '../src/lib/analysis/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    data: { type: 'string' },
    json: { type: 'string' },
    tune: { type: 'boolean' },
    paraphrase: { type: 'string' }
  },
  strict: true
});
const dataDir = resolve(options.data ?? resolve(root, '../shared/data'));
const ecbDir = resolve(dataDir, 'ecbplus');
const factsDir = resolve(dataDir, 'facts-dev');

if (!existsSync(ecbDir)) {
  console.log(`eval: no ECB+ corpus at ${ecbDir}; nothing to evaluate (pass --data DIR). Skipped.`);
  process.exit(0);
}

/** F1 of predicting every item positive: the floor a useful aligner must clear when positives dominate. */
function allPositiveF1(positives: number, total: number): number {
  return total === 0 ? 0 : (2 * positives) / (positives + total);
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const start = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - start) / 1000 };
}

if (options.tune) {
  // Baseline thresholds are chosen on TRAIN topics only, then fixed in scripts/eval/baseline.ts.
  const train = loadEcbDocuments(
    ecbDir,
    availableTopics(ecbDir).filter((t) => !DEV_TOPICS.includes(t))
  );
  const selection = loadGoldSentences(ecbDir);
  for (const t of [0.1, 0.12, 0.14, 0.15, 0.16, 0.18, 0.2]) {
    console.log(`cluster threshold ${t}: ARI ${baselineClusteringScores(train, t).ari.toFixed(3)}`);
  }
  for (const t of [0.01, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2]) {
    console.log(`align threshold ${t}: F1 ${baselineCorefPrf(train, selection, t).f1.toFixed(3)}`);
  }
  process.exit(0);
}

const engine = await loadEngine();
const devDocs = loadEcbDocuments(ecbDir, DEV_TOPICS);
const selection = loadGoldSentences(ecbDir);
console.log(
  `Parallax evaluation — ECB+ dev topics ${DEV_TOPICS.join(', ')}: ${devDocs.length} articles (${ecbDir})`
);
for (const [name, why] of Object.entries(engine.missing))
  console.log(`  engine part missing: ${name} (${why})`);
console.log(
  `  baseline: word overlap (content-word Jaccard; clustering single-link >= ${BASELINE_CLUSTER_THRESHOLD}, ` +
    `alignment >= ${BASELINE_ALIGN_THRESHOLD})\n`
);

const prfRows = (name: string, engineScore: Prf | undefined, baselineScore: Prf) => [
  [`${name} precision`, engineScore?.precision, baselineScore.precision],
  [`${name} recall`, engineScore?.recall, baselineScore.recall],
  [`${name} F1`, engineScore?.f1, baselineScore.f1]
];
const header = ['metric', 'engine', 'baseline'];

const sentences = timed(() => evalSentenceBoundaries(devDocs, engine.splitSentences));
console.log(
  `a. Sentence boundaries (${sentences.value.documents} documents, document-final boundary excluded)`
);
console.log(
  formatTable(header, prfRows('boundary', sentences.value.engine, sentences.value.baseline)) + '\n'
);

const clustering = timed(() => evalClustering(devDocs, engine.clusterArticles));
const c = clustering.value;
console.log(
  `b. Event clustering (${c.articles} articles mixed, ${c.events} gold events = topic + sub-topic)`
);
console.log(
  formatTable(header, [
    ['clusters found', String(c.engine?.clusters ?? '—'), String(c.baseline.clusters)],
    ['ARI', c.engine?.ari, c.baseline.ari],
    ['B-cubed precision', c.engine?.bcubed.precision, c.baseline.bcubed.precision],
    ['B-cubed recall', c.engine?.bcubed.recall, c.baseline.bcubed.recall],
    ['B-cubed F1', c.engine?.bcubed.f1, c.baseline.bcubed.f1]
  ]) + '\n'
);

// Leave-one-event-out: each dev topic is analyzed with the alignment model fitted without its facts-dev event.
const heldOut = existsSync(factsDir)
  ? timed(() => heldOutModels(loadFactsEvents(ecbDir, factsDir)))
  : undefined;
const analyzeHeldOut =
  engine.analyzeEvent && heldOut
    ? (input: EventInput) =>
        engine.analyzeEvent!(input, { alignModel: heldOut.value.modelFor(input.event.title) })
    : undefined;
if (!heldOut)
  console.log('facts-dev not found: sections c and d use the committed alignment model (in-sample).\n');

const coref = timed(() => evalCorefAlignment(devDocs, selection, analyzeHeldOut ?? engine.analyzeEvent));
const a = coref.value;
console.log(
  `c. Sentence alignment vs gold event coreference (${a.subtopics} sub-topics, ${a.pairs} cross-document pairs of ` +
    `gold-selected sentences, ${a.positives} share an event)`
);
console.log(
  `   (for scale: marking every pair aligned would score F1 ${allPositiveF1(a.positives, a.pairs).toFixed(3)})`
);
console.log(formatTable(header, prfRows('align', a.engine, a.baseline)) + '\n');

let facts: ReturnType<typeof evalFacts> | undefined;
let factsSeconds = 0;
if (existsSync(factsDir)) {
  const run = timed(() => evalFacts(ecbDir, loadFactsDev(factsDir), analyzeHeldOut));
  facts = run.value;
  factsSeconds = run.seconds;
  console.log(
    `d. facts-dev (${facts.events} hand-labelled events, ${facts.sentences} sentences; scores as in its README: ` +
      `${facts.aligned} of ${facts.pairs} cross-article claim-sentence pairs align, ${facts.conflicting} conflict)\n` +
      `   LEAVE-ONE-EVENT-OUT: each event is analyzed with the alignment model and grouping thresholds fitted on the ` +
      `other ${facts.events - 1} (sections c and d)`
  );
  console.log(
    `   (for scale: marking every pair aligned would score align F1 ${allPositiveF1(facts.aligned, facts.pairs).toFixed(3)}, ` +
      `every aligned pair conflicting conflict F1 ${allPositiveF1(facts.conflicting, facts.aligned).toFixed(3)})`
  );
  console.log(
    formatTable(header, [
      ...prfRows('align', facts.engine?.align, facts.baseline.align),
      ...prfRows('conflict', facts.engine?.conflict, facts.baseline.conflict),
      ...prfRows('non-claim', facts.engine?.nonClaim, facts.baseline.nonClaim),
      ['flagged, all pairs: precision', facts.engine?.flagged.precision, facts.baseline.flagged.precision]
    ]) + '\n'
  );
  console.log(
    `   (conflict precision counts only pairs whose sentences share a gold fact; "flagged, all pairs" counts every ` +
      `pair a discrepancy names, as a reader sees them: ${facts.engine?.flagged.tp ?? 0} of ` +
      `${(facts.engine?.flagged.tp ?? 0) + (facts.engine?.flagged.fp ?? 0)} in the labels)\n`
  );
  const cases = facts.perEvent.flatMap((e) => e.verdicts ?? []);
  if (cases.length) {
    const engineVerdicts = verdictScores(cases);
    const alwaysSame = verdictScores(cases, () => 'same');
    console.log(
      `   Per-outlet verdicts, same vs partial, against the gold values (${cases.length} outlets of facts: an outlet ` +
        `says the same as the central claim when it gives the same values for the facts they share, as firmly; ` +
        `the bound of "same" is fitted without the event too; "always same" for scale)`
    );
    console.log(
      formatTable(
        ['metric', 'engine', 'always same'],
        [
          ['accuracy', engineVerdicts.accuracy, alwaysSame.accuracy],
          ['same F1', engineVerdicts.sameF1, alwaysSame.sameF1],
          ['partial F1', engineVerdicts.partialF1, alwaysSame.partialF1],
          ['macro F1', engineVerdicts.macroF1, alwaysSame.macroF1]
        ]
      ) + '\n'
    );
  }
  console.log(
    formatTable(
      [
        'held-out event',
        'align F1',
        'base',
        'conflict F1',
        'P',
        'base',
        'non-claim F1',
        'base',
        'verdicts',
        'grouping (fitted without it)'
      ],
      facts.perEvent.map((e) => {
        const t = heldOut?.value.byEvent.get(e.event)?.model.thresholds;
        return [
          e.event,
          e.engine?.align.f1,
          e.baseline.align.f1,
          e.engine?.conflict.f1,
          e.engine?.conflict.precision,
          e.baseline.conflict.f1,
          e.engine?.nonClaim.f1,
          e.baseline.nonClaim.f1,
          e.verdicts ? verdictScores(e.verdicts).macroF1 : undefined,
          t ? `${t.group}/${t.groupMinEdge}/${t.groupSecondary}/${t.sameCoverage}` : '—'
        ];
      })
    ) + '\n'
  );
} else {
  console.log(`d. facts-dev: not found at ${factsDir}; skipped.\n`);
}

let pairs: ReturnType<typeof evalPairs> | undefined;
let pairsSeconds = 0;
if (existsSync(factsDir)) {
  const run = timed(() => evalPairs(loadFactsDev(factsDir), ecbDir));
  pairs = run.value;
  pairsSeconds = run.seconds;
  const g = pairs.engine.byGold;
  console.log(
    `e. Sentence pairs (\`parallax pairs\`) from facts-dev: ${pairs.engine.pairs} cross-article claim-sentence pairs, ` +
      `gold ${g.same} same / ${g.related} related / ${g.unrelated} unrelated (unrelated sampled, 2 per other pair); ` +
      `baseline: content-word Jaccard >= ${BASELINE_SAME} same, >= ${BASELINE_RELATED} related`
  );
  console.log(
    formatTable(header, [
      ['macro F1', pairs.engine.macroF1, pairs.baseline.macroF1],
      ['accuracy', pairs.engine.accuracy, pairs.baseline.accuracy],
      ['same F1', pairs.engine.sameF1, pairs.baseline.sameF1],
      ['related F1', pairs.engine.perClass.related.f1, pairs.baseline.perClass.related.f1],
      ['unrelated F1', pairs.engine.perClass.unrelated.f1, pairs.baseline.perClass.unrelated.f1],
      ['same-or-related F1', pairs.engine.relatedF1, pairs.baseline.relatedF1]
    ]) + '\n'
  );
}

let paraphrase: ReturnType<typeof evalParaphrase> | undefined;
if (options.paraphrase) {
  const file = resolve(options.paraphrase);
  paraphrase = evalParaphrase(readParaphrasePairs(file));
  const { engine: e, baseline: b, alwaysSame } = paraphrase;
  console.log(
    `f. Paraphrases (\`parallax pairs\` says "same"): ${e.pairs} pairs, ${e.paraphrases} paraphrases (${file}); ` +
      `always "same" scores accuracy ${alwaysSame.accuracy.toFixed(3)}`
  );
  console.log(
    formatTable(header, [
      ['accuracy', e.accuracy, b.accuracy],
      ['precision', e.precision, b.precision],
      ['recall', e.recall, b.recall],
      ['F1', e.f1, b.f1]
    ]) + '\n'
  );
}

console.log(
  `time: boundaries ${sentences.seconds.toFixed(1)} s, clustering ${clustering.seconds.toFixed(1)} s, ` +
    `held-out models ${(heldOut?.seconds ?? 0).toFixed(1)} s, alignment ${coref.seconds.toFixed(1)} s, facts ${factsSeconds.toFixed(1)} s, pairs ${pairsSeconds.toFixed(1)} s`
);

if (options.json) {
  const report = {
    date: new Date().toISOString(),
    data: dataDir,
    devTopics: DEV_TOPICS,
    engineMissing: engine.missing,
    baseline: { clusterThreshold: BASELINE_CLUSTER_THRESHOLD, alignThreshold: BASELINE_ALIGN_THRESHOLD },
    sentenceBoundaries: sentences.value,
    clustering: c,
    corefAlignment: a,
    facts: facts ?? null,
    pairs: pairs ?? null,
    paraphrase: paraphrase ?? null,
    seconds: {
      sentenceBoundaries: sentences.seconds,
      clustering: clustering.seconds,
      corefAlignment: coref.seconds,
      facts: factsSeconds,
      pairs: pairsSeconds
    }
  };
  writeFileSync(options.json, JSON.stringify(report, null, 2) + '\n');
  console.log(`wrote ${options.json}`);
}
