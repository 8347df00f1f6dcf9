import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParaphrasePairs, scoreParaphrases } from '../../scripts/eval/evalParaphrase';

function corpus(lines: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paraphrase-')), 'pairs.tsv');
  fs.writeFileSync(file, ['Quality\t#1 ID\t#2 ID\t#1 String\t#2 String', ...lines].join('\r\n') + '\r\n');
  return file;
}

describe('paraphrase corpus in the MSR layout', () => {
  it('reads labels and both sentences, CRLF and blank lines included', () => {
    const file = corpus([
      '1\t1\t2\tThe vote passed.\tThe motion was approved.',
      '',
      '0\t3\t4\tA rose.\tB fell.'
    ]);
    expect(readParaphrasePairs(file)).toEqual([
      { paraphrase: true, a: 'The vote passed.', b: 'The motion was approved.' },
      { paraphrase: false, a: 'A rose.', b: 'B fell.' }
    ]);
  });

  it.each([
    ['a line without five fields', ['1\t1\t2\tonly one sentence'], /pairs\.tsv:2: expected Quality/],
    ['a label other than 0 or 1', ['yes\t1\t2\tA.\tB.'], /pairs\.tsv:2: expected Quality/],
    ['no pairs at all', [], /no sentence pairs/]
  ])('refuses %s, naming the line', (_, lines, message) => {
    expect(() => readParaphrasePairs(corpus(lines))).toThrow(message);
  });

  it('scores "same" answers against the labels', () => {
    const pairs = [true, true, false, false].map((paraphrase) => ({ paraphrase, a: 'a', b: 'b' }));
    expect(scoreParaphrases(pairs, [true, false, true, false])).toEqual({
      pairs: 4,
      paraphrases: 2,
      accuracy: 0.5,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      tp: 1,
      fp: 1,
      fn: 1
    });
  });
});
