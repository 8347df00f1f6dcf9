// `npm run train`: rebuilds the WordNet lexicon, trains the pair model on ECB+ TRAIN topics (same happening, for
// `pairs`, clustering and corrections), and the alignment model on the hand-labelled facts-dev events (do two
// claims state a fact in common, and the grouping thresholds), and writes src/lib/analysis/model/{lexicon,
// pairModel,alignModel}.json. Deterministic: sorted inputs, zero-initialised optimisation, rounded weights -> the
// same files on every run. `npm run eval` fits the alignment model the same way with each scored event left out.
import fs from 'node:fs';
import path from 'node:path';
import { buildLexicon, LEXICON_PATH } from './build-lexicon';
import {
  DEV_TOPICS,
  REPO_ROOT,
  ecbplusAvailable,
  goldSentences,
  loadTopics,
  trainTopics
} from './lib/ecbplusCorpus';
import { goldSentencesOf, sentencePairs } from './lib/ecbplusPairs';
import { bestThreshold, round, trainLogistic } from './lib/logisticRegression';

const MODEL_PATH = path.join(REPO_ROOT, 'src/lib/analysis/model/pairModel.json');
const ALIGN_MODEL_PATH = path.join(REPO_ROOT, 'src/lib/analysis/model/alignModel.json');

async function main() {
  if (!ecbplusAvailable()) throw new Error('ECB+ corpus not found at ../shared/data/ecbplus');
  const started = Date.now();
  fs.writeFileSync(LEXICON_PATH, JSON.stringify(buildLexicon()) + '\n');
  // Imported after the lexicon is written so the lemmatiser uses this run's lexicon.
  const { profileSentence } = await import('../src/lib/analysis/profileSentence');
  const { pairFeatures, PAIR_FEATURE_NAMES } = await import('../src/lib/analysis/pairFeatures');
  const { fitAlignModel, trainingEvent } = await import('./lib/alignTraining');
  const { loadDevEvents } = await import('./lib/devEvents');
  const { tuneClustering } = await import('./lib/tuneClustering');

  const gold = goldSentences();
  const trainDocs = loadTopics(trainTopics());
  const devDocs = loadTopics(DEV_TOPICS);

  // Document frequencies over training documents.
  const df = new Map<string, number>();
  for (const doc of trainDocs)
    for (const l of new Set(profileSentence(doc.text).lemmas)) df.set(l, (df.get(l) ?? 0) + 1);
  const n = trainDocs.length;
  const idfOf = (count: number) => round(Math.log((n + 1) / (count + 1)) + 1, 3);
  const idf: Record<string, number> = {};
  for (const l of [...df.keys()].sort()) if (df.get(l)! >= 2) idf[l] = idfOf(df.get(l)!);
  const defaultIdf = idfOf(1);
  const lookup = (l: string) => idf[l] ?? defaultIdf;

  const featurise = (docs: typeof trainDocs) => {
    const pairs = sentencePairs(goldSentencesOf(docs, gold));
    const cache = new Map<string, ReturnType<typeof profileSentence>>();
    const profile = (s: { doc: string; n: number; text: string }) => {
      const key = `${s.doc}#${s.n}`;
      if (!cache.has(key)) cache.set(key, profileSentence(s.text));
      return cache.get(key)!;
    };
    return {
      x: pairs.map((p) => pairFeatures(profile(p.a), profile(p.b), lookup)),
      y: pairs.map((p) => (p.aligned ? 1 : 0))
    };
  };
  const train = featurise(trainDocs);
  const dev = featurise(devDocs);
  const fitted = trainLogistic(train.x, train.y);
  const weights = fitted.weights.map((w) => round(w));
  const bias = round(fitted.bias);
  const score = (f: number[]) => 1 / (1 + Math.exp(-(bias + f.reduce((s, v, i) => s + v * weights[i], 0))));
  const trainBest = bestThreshold(train.x.map(score), train.y);
  const devBest = bestThreshold(dev.x.map(score), dev.y);
  console.log(
    `pairs: train ${train.y.length} (${train.y.filter((v) => v).length} aligned), dev ${dev.y.length}`
  );
  console.log(
    `pair F1 train ${trainBest.f1.toFixed(3)} | dev ${devBest.f1.toFixed(3)} (P ${devBest.p.toFixed(3)} R ${devBest.r.toFixed(3)}) at ${devBest.threshold.toFixed(3)}`
  );

  const model = {
    features: [...PAIR_FEATURE_NAMES],
    weights,
    bias,
    thresholds: { aligned: round(devBest.threshold, 4) } as Record<string, number>,
    defaultIdf,
    idf
  };
  fs.writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');
  Object.assign(model.thresholds, await tuneClustering(trainDocs, false));
  fs.writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');

  // The alignment model, on every facts-dev event (the eval's held-out numbers come from refits without each one).
  const events = loadDevEvents();
  if (!events.length)
    throw new Error('facts-dev not found under ../shared/data: cannot train the alignment model');
  const { model: alignModel, trainF1 } = fitAlignModel(events.map(trainingEvent));
  fs.writeFileSync(ALIGN_MODEL_PATH, JSON.stringify(alignModel, null, 1) + '\n');
  console.log(
    `pair thresholds ${JSON.stringify(model.thresholds)}; alignment thresholds ${JSON.stringify(alignModel.thresholds)}, ` +
      `facts-dev align F1 ${trainF1.toFixed(3)} (in-sample); ${((Date.now() - started) / 1000).toFixed(1)} s`
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
