import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/lib/analysis/compareValues';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';

const claimOf = (id: string, text: string) =>
  extractClaims({ id, outlet: id, text, published: '2025-03-12T06:00:00Z' }).find((c) => c.kind === 'claim')!;

const numberConflicts = (a: string, b: string) =>
  compareValues(claimOf('a', a), claimOf('b', b))
    .filter((d) => d.type === 'number')
    .map((d) => d.values);

describe('counts of people are compared by the outcome their verb names', () => {
  it.each([
    {
      name: 'killed / died: one toll',
      a: 'Four people were killed when the river burst its banks on Tuesday night, police said.',
      b: 'Five people died after the river flooded the town overnight on Tuesday.',
      expected: [['Four', 'Five']]
    },
    {
      name: 'residents / people evacuated: one count',
      a: 'Around 1,200 residents were evacuated from the lower town, police said.',
      b: 'Some 1,500 people were evacuated from the lower town.',
      expected: [['Around 1,200', 'Some 1,500']]
    },
    {
      name: 'dead / killed in a headline',
      a: 'Four dead as river floods Kellby',
      b: 'Five people were killed as the river flooded Kellby.',
      expected: [['Four', 'Five']]
    },
    {
      name: 'lost their lives / died: one toll',
      a: 'Four people lost their lives in the flood on Tuesday night, police said.',
      b: 'Five people died in the flood on Tuesday night.',
      expected: [['Four', 'Five']]
    },
    {
      name: 'lost their homes is no toll',
      a: 'Four hundred people lost their homes in the flood.',
      b: 'Five people died in the flood.',
      expected: []
    },
    {
      name: 'killed / injured: different outcomes',
      a: 'Four people were killed in the explosion.',
      b: 'Twelve people were injured in the explosion.',
      expected: []
    },
    {
      name: 'the same toll worded two ways',
      a: 'Four people were killed in the flood.',
      b: 'The flood left four people dead.',
      expected: []
    },
    {
      name: 'a group is not everyone: workers / people',
      a: 'Three workers were injured in the blast.',
      b: 'Seven people were injured in the blast.',
      expected: []
    }
  ])('$name', ({ a, b, expected }) => {
    expect(numberConflicts(a, b)).toEqual(expected);
    expect(numberConflicts(b, a)).toEqual(expected.map(([x, y]) => [y, x]));
  });
});
