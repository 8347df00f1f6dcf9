import { describe, expect, it } from 'vitest';
import { verdictRows } from '../../../src/lib/view/verdictRows';
import { CONFLICT_CLAIMS, REPEATED_CONFLICTS } from '../../fixtures/repeatedConflicts';

const articles = ['A', 'B', 'C'].map((id) => ({
  id,
  claims: CONFLICT_CLAIMS.filter((c) => c.outlet === id)
}));

describe('verdictRows counts a fact’s conflicts as the pages do', () => {
  it.each(REPEATED_CONFLICTS)('$name: $distinct', ({ discrepancies, distinct }) => {
    const fact = {
      id: 'g1',
      label: 'toll',
      verdict: 'differ',
      outlets: { A: 'differ', B: 'same' },
      discrepancies
    };
    const result = { articles, facts: [fact] } as never;
    expect(verdictRows(result)).toEqual([
      {
        fact: 'g1',
        group: 'g1',
        label: 'toll',
        verdict: 'differ',
        outlets: { A: 'differ', B: 'same' },
        discrepancies: distinct
      }
    ]);
  });

  it('lists nothing before an analysis', () => {
    expect(verdictRows(undefined)).toEqual([]);
  });
});
