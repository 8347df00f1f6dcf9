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
    },
    {
      name: 'a bare count dying in a headline',
      a: 'Three die in bank fire during riots',
      b: 'Four people were killed when the bank caught fire.',
      expected: [['Three', 'Four']]
    },
    {
      name: 'a bare count as the subject of its outcome',
      a: 'Police said 12 were killed in the attack.',
      b: 'Fifteen people died in the attack.',
      expected: [['12', 'Fifteen']]
    },
    {
      name: 'the death toll',
      a: 'The death toll from the quake has risen to at least 14.',
      b: 'The quake killed 12 people.',
      expected: [['at least 14', '12']]
    },
    {
      name: 'an aside between the count and its verb',
      a: 'Three people, one of them a pregnant woman, were killed when the bank caught fire.',
      b: 'Four people died when the bank caught fire.',
      expected: [['Three', 'Four']]
    },
    {
      name: 'lives claimed are deaths',
      a: 'The quake claimed 24 lives.',
      b: 'Twenty people died in the quake.',
      expected: [['24', 'Twenty']]
    },
    {
      name: 'the lives of people claimed are deaths',
      a: 'The fire claimed the lives of 24 people.',
      b: 'The fire killed 20 people.',
      expected: [['24', '20']]
    },
    {
      name: 'lives saved are no toll',
      a: 'The rescuers saved 24 lives.',
      b: 'Twenty people died in the quake.',
      expected: []
    },
    {
      name: 'a rise in the toll is no toll',
      a: 'The toll rose by 3 overnight.',
      b: 'The quake killed 12 people.',
      expected: []
    },
    {
      name: 'released is no outcome',
      a: 'The 12 were released on bail.',
      b: 'Police arrested 15 people.',
      expected: []
    }
  ])('$name', ({ a, b, expected }) => {
    expect(numberConflicts(a, b)).toEqual(expected);
    expect(numberConflicts(b, a)).toEqual(expected.map(([x, y]) => [y, x]));
  });
});
