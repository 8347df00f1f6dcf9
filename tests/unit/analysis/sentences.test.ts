import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../../src/lib/analysis/splitSentences';
import { parseEcbDocument } from '../../../src/lib/ecbplus/parseEcbDocument';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'titles before names',
      text: 'Mr. Smith met Dr. Jones and Sgt. Peters. They talked.',
      expected: ['Mr. Smith met Dr. Jones and Sgt. Peters.', 'They talked.']
    },
    {
      name: 'U.S. inside and at the end of a sentence',
      text: 'The U.S. military said it was ready. Troops left the U.S. The next day they landed.',
      expected: ['The U.S. military said it was ready.', 'Troops left the U.S.', 'The next day they landed.']
    },
    {
      name: 'months, times and street abbreviations',
      text: 'It happened on Jan. 5 and again on Sept. 12 at 7 p.m. near 97th Ave. and 117th St. in Queens. Police came.',
      expected: [
        'It happened on Jan. 5 and again on Sept. 12 at 7 p.m. near 97th Ave. and 117th St. in Queens.',
        'Police came.'
      ]
    },
    {
      name: 'initials and numbers',
      text: 'J. R. R. Tolkien wrote it. No. 5 was a 3.5 magnitude quake. It lasted 2.5 seconds.',
      expected: ['J. R. R. Tolkien wrote it.', 'No. 5 was a 3.5 magnitude quake.', 'It lasted 2.5 seconds.']
    },
    {
      name: 'quotes: a comma inside the quote and a sentence ending inside quotes',
      text: '"It is over," he said. He said "no." Then he left.',
      expected: ['"It is over," he said.', 'He said "no."', 'Then he left.']
    },
    {
      name: 'a quoted question with its speech tag',
      text: '“Are you hurt?” the officer asked. She shook her head.',
      expected: ['“Are you hurt?” the officer asked.', 'She shook her head.']
    },
    {
      name: 'ellipses',
      text: 'He paused... and went on. It was late… Everyone left.',
      expected: ['He paused... and went on.', 'It was late…', 'Everyone left.']
    },
    {
      // The seed article's headline and timestamp lines carry no final punctuation.
      name: 'headline and dateline lines are sentences of their own',
      text: 'Investigation of a suspected Iranian cyber attack — RT EN\n\n22 Sep 2022 9:15 p.m\n\nAlbania is a member of the western defense alliance NATO.',
      expected: [
        'Investigation of a suspected Iranian cyber attack — RT EN',
        '22 Sep 2022 9:15 p.m',
        'Albania is a member of the western defense alliance NATO.'
      ]
    },
    {
      name: 'hard-wrapped lines are joined',
      text: 'The ministry said the attack\nwas over. A new line starts here.',
      expected: ['The ministry said the attack\nwas over.', 'A new line starts here.']
    }
  ];

  it.each(cases)('$name', ({ text, expected }) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('numbers paragraphs by blank lines and keeps spans trimmed and exact', () => {
    const text = '  First one. Second one.\n\n\nThird one.\n  \nFourth  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
    for (const s of spans) {
      const slice = text.slice(s.start, s.end);
      expect(slice).toBe(slice.trim());
      expect(slice.length).toBeGreaterThan(0);
    }
  });
});

const root = path.resolve(import.meta.dirname, '../../..');
const corpus = path.resolve(root, '../shared/data/ecbplus');
const hasCorpus = fs.existsSync(corpus);
if (!hasCorpus) console.log(`ECB+ not found at ${corpus}: skipping the sentence-boundary F1 test`);

describe('splitSentences: over-long runs are cut into units of at most MAX_SENTENCE characters', () => {
  const words = 'the river rose over the bank near the old mill and people left their homes ';
  const cases: [string, string, number][] = [
    // [name, text, expected number of units]
    ['a run without punctuation, cut at spaces', words.repeat(40).trim(), 4],
    ['a run with commas, cut after a comma', (words.trim() + ', ').repeat(40).trim(), 4],
    ['a sentence just under the limit stays whole', 'x'.repeat(MAX_SENTENCE - 1) + '.', 1],
    ['a run of one unbroken word is cut hard', 'x'.repeat(2 * MAX_SENTENCE + 5), 3]
  ];
  it.each(cases)('%s', (_, text, units) => {
    const spans = splitSentences(text);
    expect(spans).toHaveLength(units);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    // Nothing is lost: the units cover every non-space character, in order.
    expect(
      spans
        .map((s) => text.slice(s.start, s.end))
        .join('')
        .replace(/\s/g, '')
    ).toBe(text.replace(/\s/g, ''));
  });
  it('cuts after a clause break when there is one in the second half', () => {
    const text = (words.trim() + ', ').repeat(40);
    const [first] = splitSentences(text);
    expect(first.end).toBeGreaterThan(MAX_SENTENCE / 2);
    expect(text[first.end - 1]).toBe(',');
  });
});

describe.skipIf(!hasCorpus)('splitSentences on ECB+ dev topics', () => {
  it('finds the gold sentence boundaries with F1 >= 0.98, above Intl.Segmenter', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const score = { ours: { tp: 0, fp: 0, fn: 0 }, base: { tp: 0, fp: 0, fn: 0 } };
    const tally = (s: { tp: number; fp: number; fn: number }, gold: Set<number>, predicted: number[]) => {
      const pred = new Set(predicted.filter((p) => p > 0));
      const tp = [...pred].filter((p) => gold.has(p)).length;
      s.tp += tp;
      s.fp += pred.size - tp;
      s.fn += gold.size - tp;
    };
    for (const topic of [2, 5, 12, 18, 21, 23, 34, 35]) {
      const dir = path.join(corpus, String(topic));
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
        const doc = parseEcbDocument(
          fs.readFileSync(path.join(dir, file), 'utf8'),
          file.replace(/\.xml$/, '')
        );
        const gold = new Set(doc.sentences.map((s) => s.start).filter((s) => s > 0));
        tally(
          score.ours,
          gold,
          splitSentences(doc.text).map((s) => s.start)
        );
        tally(
          score.base,
          gold,
          [...segmenter.segment(doc.text)].map(
            (s) => s.index + s.segment.length - s.segment.trimStart().length
          )
        );
      }
    }
    const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (2 * tp) / (2 * tp + fp + fn);
    expect(f1(score.ours)).toBeGreaterThanOrEqual(0.98);
    expect(f1(score.ours)).toBeGreaterThan(f1(score.base));
  });
});
