import { describe, it, expect } from 'vitest';
import { applyCorrections } from '../../../src/lib/analysis/applyCorrections';
import type { Correction } from '../../../src/lib/analysis/corrections';
import { extractFeatures } from '../../../src/lib/analysis/features/extractFeatures';
import type { AnalysisResult, Claim, ClaimGroup } from '../../../src/lib/analysis/types';

// A's sentence states two facts: the attack (B's fact) and the expulsion (C's fact). The engine lists it in the
// attack group (primary) and in the expulsion group (secondary).
const texts: Record<string, string> = {
  A: 'Iran attacked Albania in July, and Albania cut diplomatic ties with Iran.',
  B: 'Iranian hackers attacked Albanian government servers in July.',
  C: 'Albania cut diplomatic ties with Iran and expelled its diplomats.'
};
const claimOf = (article: string): Claim => ({
  ...extractFeatures(texts[article]),
  id: `${article}:1`,
  articleId: article,
  outlet: article,
  text: texts[article],
  kind: 'claim',
  start: 0,
  end: texts[article].length,
  sentence: 0,
  paragraph: 0
});
const group = (id: string, claims: string[], secondary?: string[]): ClaimGroup => ({
  id,
  claims,
  ...(secondary ? { secondary } : {}),
  label: '',
  verdict: 'same',
  outlets: { A: 'same', B: 'same', C: 'same' },
  discrepancies: [],
  cohesion: 1
});
const engineResult = (): AnalysisResult => ({
  engine: 'test',
  articles: ['A', 'B', 'C'].map((id) => ({ id, outlet: id, claims: [claimOf(id)] })),
  groups: [group('g1', ['A:1', 'B:1']), group('g2', ['C:1', 'A:1'], ['A:1'])],
  outlets: [],
  agreement: [],
  derived: []
});
const ref = (article: string) => ({ articleId: article, start: 0, end: texts[article].length });
/** Groups as sorted member lists (and their secondary ids), for comparison. */
const shape = (r: AnalysisResult) =>
  r.groups.map((g) => [[...g.claims].sort(), [...(g.secondary ?? [])].sort()]).sort();

describe('applyCorrections with secondary group members', () => {
  it.each<{ name: string; correction: Correction; expected: string[][][] }>([
    {
      name: 'marking the multi-fact claim a non-claim takes it out of both groups',
      correction: { id: 'k', kind: 'claim-kind', claim: ref('A'), to: 'non-claim' },
      expected: [
        [['B:1'], []],
        [['C:1'], []]
      ]
    },
    {
      name: 'moving it into its secondary group makes that its only (primary) group',
      correction: { id: 'm', kind: 'move', claim: ref('A'), to: ref('C') },
      expected: [
        [['A:1', 'C:1'], []],
        [['B:1'], []]
      ]
    },
    {
      name: 'splitting it off leaves it in a group of its own',
      correction: { id: 's', kind: 'split', claims: [ref('A')] },
      expected: [
        [['A:1'], []],
        [['B:1'], []],
        [['C:1'], []]
      ]
    },
    {
      name: 'merging the two facts lists it once, as a primary member',
      correction: { id: 'g', kind: 'merge', claims: [ref('B'), ref('C')] },
      expected: [[['A:1', 'B:1', 'C:1'], []]]
    }
  ])('$name', ({ correction, expected }) => {
    const { result, applied, stale } = applyCorrections(engineResult(), [correction]);
    expect(stale).toEqual([]);
    expect(applied).toEqual([correction.id]);
    expect(shape(result)).toEqual(expected);
  });

  it('a discrepancy between the claim and a partner of its secondary group applies there', () => {
    const { result, stale } = applyCorrections(engineResult(), [
      {
        id: 'd',
        kind: 'add-discrepancy',
        claims: [ref('A'), ref('C')],
        type: 'date',
        values: ['July', 'September']
      }
    ]);
    expect(stale).toEqual([]);
    const g2 = result.groups.find((g) => g.id === 'g2')!;
    expect(g2.discrepancies.map((d) => d.claims)).toEqual([['A:1', 'C:1']]);
    expect(g2.secondary).toEqual(['A:1']);
  });
});
