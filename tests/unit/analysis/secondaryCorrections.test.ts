import { describe, it, expect } from 'vitest';
import { applyCorrections } from '../../../src/lib/analysis/applyCorrections';
import type { Correction } from '../../../src/lib/analysis/corrections';
import { extractFeatures } from '../../../src/lib/analysis/features/extractFeatures';
import type { AnalysisResult, Claim, Fact } from '../../../src/lib/analysis/types';

// A's sentence states two facts: the attack (B's fact) and the expulsion (C's fact). The engine lists it in the
// attack fact (primary) and in the expulsion fact (secondary).
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
const fact = (id: string, claims: string[], secondary?: string[]): Fact => ({
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
  facts: [fact('g1', ['A:1', 'B:1']), fact('g2', ['C:1', 'A:1'], ['A:1'])],
  outlets: [],
  agreement: [],
  derived: []
});
const ref = (article: string) => ({ articleId: article, start: 0, end: texts[article].length });
/** Facts as sorted member lists (and their secondary ids), for comparison. */
const shape = (r: AnalysisResult) =>
  r.facts.map((g) => [[...g.claims].sort(), [...(g.secondary ?? [])].sort()]).sort();

describe('applyCorrections with secondary fact members', () => {
  it.each<{ name: string; correction: Correction; expected: string[][][] }>([
    {
      name: 'marking the multi-fact claim a non-claim takes it out of both facts',
      correction: { id: 'k', kind: 'claim-kind', claim: ref('A'), to: 'non-claim' },
      expected: [
        [['B:1'], []],
        [['C:1'], []]
      ]
    },
    {
      name: 'moving it into its secondary fact makes that its only (primary) fact',
      correction: { id: 'm', kind: 'move', claim: ref('A'), to: ref('C') },
      expected: [
        [['A:1', 'C:1'], []],
        [['B:1'], []]
      ]
    },
    {
      name: 'splitting it off leaves it in a fact of its own',
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

  it('a discrepancy between the claim and a partner of its secondary fact applies there', () => {
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
    const g2 = result.facts.find((g) => g.id === 'g2')!;
    expect(g2.discrepancies.map((d) => d.claims)).toEqual([['A:1', 'C:1']]);
    expect(g2.secondary).toEqual(['A:1']);
  });
});
