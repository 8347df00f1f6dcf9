import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../src/lib/analysis/analyzeEvent';
import { goldPairs, type LabelledSentence, type LoadedFactsEvent } from '../../scripts/eval/evalFacts';
import {
  outletVerdictCases,
  verdictAtBound,
  verdictScores,
  type OutletVerdictCase
} from '../../scripts/eval/evalVerdicts';
import type { FactsEvent, GoldFactMention } from '../../scripts/eval/loadFactsDev';

/** A labelled event of one-sentence articles by outlets A, B, C... (docs a0, a1...), with the gold toll fact F1. */
function labelledEvent(sentences: [string, GoldFactMention[]][]): LoadedFactsEvent {
  const event: FactsEvent = {
    event: 'flood',
    summary: 'a flood',
    facts: [
      {
        id: 'F1',
        question: 'number of people killed',
        values: [
          { id: 'F1a', text: '4' },
          { id: 'F1b', text: '5' }
        ],
        conflicts: [['F1a', 'F1b']]
      }
    ],
    sentences: sentences.map(([, facts], i) => ({ doc: `a${i}`, n: 1, kind: 'claim', facts }))
  };
  const labelled: LabelledSentence[] = sentences.map(([text], i) => ({
    key: `a${i}:1`,
    doc: `a${i}`,
    start: 0,
    end: text.length,
    text,
    gold: event.sentences[i]
  }));
  const input = {
    event: { title: 'Flood' },
    articles: sentences.map(([text], i) => ({ id: `a${i}`, outlet: String.fromCharCode(65 + i), text }))
  };
  return { event, input, sentences: labelled, gold: goldPairs(event, labelled) };
}

const toll = (value: string, certainty: GoldFactMention['certainty'] = 'asserted'): GoldFactMention[] => [
  { fact: 'F1', value, certainty }
];

describe('outletVerdictCases', () => {
  it('scores each outlet against the central claim by the gold values, and leaves conflicts out', () => {
    const event = labelledEvent([
      ['Four people died in the flood in Kellby on Tuesday night, police said.', toll('F1a')],
      ['Four people died in the flood in Kellby on Tuesday night.', toll('F1a')],
      ['Four people may have died in the flood in Kellby on Tuesday night.', toll('F1a', 'hedged')],
      ['Five people died in the flood in Kellby on Tuesday night, police said.', toll('F1b')]
    ]);
    const result = analyzeEvent(event.input);
    expect(result.facts).toHaveLength(1);
    expect(result.facts[0].label).toBe(
      'Four people died in the flood in Kellby on Tuesday night, police said.'
    );
    // A is central; B says the same; C hedges (coverage -1: partial at any bound); D's toll conflicts with A's,
    // which the conflict score judges: not scored here.
    const cases = outletVerdictCases(event, result).map((c) => ({
      ...c,
      coverage: Math.round(c.coverage * 1000) / 1000
    }));
    expect(cases).toEqual([
      { gold: 'same', engine: 'same', coverage: 0.922 },
      { gold: 'partial', engine: 'partial', coverage: -1 }
    ]);
  });
});

describe('verdictScores', () => {
  const cases: OutletVerdictCase[] = [
    { gold: 'same', engine: 'same', coverage: 0.9 },
    { gold: 'same', engine: 'partial', coverage: 0.2 },
    { gold: 'partial', engine: 'partial', coverage: 0.1 },
    { gold: 'partial', engine: 'partial', fixed: 'partial', coverage: 0.95 }
  ];
  it.each([
    // bound -> accuracy, same F1, partial F1
    [0.7, 0.75, 2 / 3, 0.8],
    [0.15, 1, 1, 1],
    [0.05, 0.75, 0.8, 2 / 3]
  ])('re-decided at bound %d', (bound, accuracy, sameF1, partialF1) => {
    const s = verdictScores(cases, (c) => verdictAtBound(c, bound));
    expect(s.outlets).toBe(4);
    expect(s.accuracy).toBeCloseTo(accuracy, 10);
    expect(s.sameF1).toBeCloseTo(sameF1, 10);
    expect(s.partialF1).toBeCloseTo(partialF1, 10);
    expect(s.macroF1).toBeCloseTo((sameF1 + partialF1) / 2, 10);
  });
  it("scores the engine's own verdicts by default", () => {
    expect(verdictScores(cases).accuracy).toBe(0.75);
  });
});
