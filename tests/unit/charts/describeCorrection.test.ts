import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/lib/analysis/corrections';
import type { AnalysisResult } from '../../../src/lib/analysis/types';
import { claimsByRef, describeCorrection } from '../../../src/lib/view/describeCorrection';

// Two outlets' claims about one toll, in facts g3 and g7 of event 5.
const claim = (articleId: string, outlet: string, k: number, start: number, text: string) => ({
  id: `${articleId}:c${k}`,
  articleId,
  outlet,
  start,
  end: start + text.length,
  text,
  kind: 'claim'
});
const a = claim('11', 'Reuters', 0, 0, 'Four people were killed in the blast.');
const b = claim('12', 'RT', 3, 40, 'The blast killed five people, officials said.');
const result = {
  articles: [
    { id: '11', claims: [a] },
    { id: '12', claims: [b] }
  ],
  facts: [
    { id: 'g3', claims: [a.id] },
    { id: 'g7', claims: [b.id] }
  ]
} as unknown as AnalysisResult;
const claims = claimsByRef(result);
const ref = (c: typeof a) => ({ articleId: c.articleId, start: c.start, end: c.end });
const gone = { articleId: '11', start: 500, end: 540 };
const A = { quote: a.text, outlet: 'Reuters', href: '/events/5/facts/g3' };
const B = { quote: b.text, outlet: 'RT', href: '/events/5/facts/g7' };

describe('describeCorrection: a correction in words, its claims quoted with a link to their fact', () => {
  const cases: [Correction, string, unknown[]][] = [
    [{ id: '1', kind: 'merge', claims: [ref(a), ref(b)] }, 'Put these 2 claims in one fact', [A, B]],
    [
      { id: '2', kind: 'split', claims: [ref(b)] },
      'Took this claim out of its fact, into a fact of its own',
      [B]
    ],
    [
      { id: '3', kind: 'move', claim: ref(a), to: ref(b) },
      'Moved the first claim into the fact of the second',
      [A, B]
    ],
    [{ id: '4', kind: 'move', claim: ref(a), to: null }, 'Moved this claim into a fact of its own', [A]],
    [
      { id: '5', kind: 'verdict', claim: ref(b), outlet: 'RT', verdict: 'differ' },
      'Set RT’s verdict on this claim’s fact to “Differs”',
      [B]
    ],
    [
      {
        id: '6',
        kind: 'add-discrepancy',
        claims: [ref(a), ref(b)],
        type: 'number',
        values: ['four', 'five']
      },
      'Added a number discrepancy between these claims: “four” against “five”',
      [A, B]
    ],
    [
      { id: '7', kind: 'dismiss-discrepancy', claims: [ref(a), ref(b)], type: 'number' },
      'Dismissed the number discrepancy between these claims',
      [A, B]
    ],
    [
      { id: '8', kind: 'claim-kind', claim: ref(a), to: 'non-claim' },
      'Marked this sentence as not a claim',
      [A]
    ],
    [
      { id: '9', kind: 'span', claim: ref(a), start: 0, end: 11, text: 'Four people' },
      'Changed where this claim starts and ends, to “Four people”',
      [A]
    ],
    [
      { id: '10', kind: 'merge', claims: [ref(a), gone] },
      'Put these 2 claims in one fact',
      [A, { quote: null, outlet: null, href: null }]
    ]
  ];
  it.each(cases)('%o', (correction, summary, quoted) => {
    expect(describeCorrection(correction, claims, 5)).toEqual({ summary, claims: quoted });
  });

  it('shortens long claims to 140 characters', () => {
    const long = claim('13', 'AP', 0, 0, 'word '.repeat(60).trim());
    const byRef = claimsByRef({
      articles: [{ id: '13', claims: [long] }],
      facts: []
    } as unknown as AnalysisResult);
    const [q] = describeCorrection({ id: '1', kind: 'split', claims: [ref(long)] }, byRef, 1).claims;
    expect(q.quote).toHaveLength(140);
    expect(q.quote!.endsWith('…')).toBe(true);
    expect(q.href).toBeNull();
  });
});
