// Section f of `npm run eval -- --paraphrase FILE`: does `parallax pairs` answer "same" for paraphrases? FILE is a
// tab-separated paraphrase corpus in the MSR Paraphrase Corpus layout (a header line, then Quality, #1 ID, #2 ID,
// #1 String, #2 String; Quality 1 = paraphrase). Parallax ships no such corpus: pass the public one's training
// split (its test split is what Parallax is judged on).
import { readFileSync } from 'node:fs';
import { comparePair } from '../../src/lib/analysis/comparePair';
import { baselineRelation } from './evalPairs';
import { prf, type Prf } from './metrics';

export interface ParaphrasePair {
  paraphrase: boolean;
  a: string;
  b: string;
}

/** The pairs of an MSR-layout file; throws naming the line when one does not fit the layout. */
export function readParaphrasePairs(file: string): ParaphrasePair[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const pairs: ParaphrasePair[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '') return; // header, blank lines
    const fields = line.split('\t');
    if (fields.length !== 5 || !/^[01]$/.test(fields[0]))
      throw new Error(
        `${file}:${i + 1}: expected Quality (0 or 1), two ids and two sentences, tab-separated`
      );
    pairs.push({ paraphrase: fields[0] === '1', a: fields[3], b: fields[4] });
  });
  if (!pairs.length) throw new Error(`${file}: no sentence pairs`);
  return pairs;
}

/** P/R/F1 of "same" as paraphrase, and accuracy. */
export interface ParaphraseScores extends Prf {
  pairs: number;
  paraphrases: number;
  /** Share of pairs where "same" matches the paraphrase label. */
  accuracy: number;
}

export function scoreParaphrases(pairs: ParaphrasePair[], saysSame: boolean[]): ParaphraseScores {
  let [tp, fp, fn, correct] = [0, 0, 0, 0];
  pairs.forEach((p, i) => {
    if (saysSame[i] === p.paraphrase) correct++;
    if (saysSame[i] && p.paraphrase) tp++;
    else if (saysSame[i]) fp++;
    else if (p.paraphrase) fn++;
  });
  return {
    pairs: pairs.length,
    paraphrases: pairs.filter((p) => p.paraphrase).length,
    accuracy: correct / pairs.length,
    ...prf(tp, fp, fn)
  };
}

/** The engine's `pairs` relation against the word-overlap baseline and "always same". */
export function evalParaphrase(pairs: ParaphrasePair[]) {
  return {
    engine: scoreParaphrases(
      pairs,
      pairs.map((p) => comparePair(p.a, p.b).relation === 'same')
    ),
    baseline: scoreParaphrases(
      pairs,
      pairs.map((p) => baselineRelation(p.a, p.b) === 'same')
    ),
    alwaysSame: scoreParaphrases(
      pairs,
      pairs.map(() => true)
    )
  };
}
