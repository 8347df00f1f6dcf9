import { describe, expect, it } from 'vitest';
import { verdictRows } from '../../../src/lib/view/verdictRows';

// Outlet A states the toll in its headline (a1) and its lead (a2); B and C state it once each.
const claim = (id: string, outlet: string) => ({ id, outlet });
const articles = [
  { id: 'A', claims: [claim('a1', 'A'), claim('a2', 'A')] },
  { id: 'B', claims: [claim('b1', 'B')] },
  { id: 'C', claims: [claim('c1', 'C')] }
];
const d = (x: string, y: string, vx: string, vy: string) => ({
  type: 'number',
  claims: [x, y],
  values: [vx, vy]
});

describe('verdictRows counts a fact’s conflicts as the pages do', () => {
  const cases: { name: string; discrepancies: ReturnType<typeof d>[]; counted: number }[] = [
    { name: 'none', discrepancies: [], counted: 0 },
    {
      name: 'a headline and a lead against one claim',
      discrepancies: [d('a1', 'b1', 'twelve', '14'), d('a2', 'b1', 'Twelve', '14')],
      counted: 1
    },
    {
      name: 'two other outlets',
      discrepancies: [d('a1', 'b1', '12', '14'), d('a1', 'c1', '12', '14')],
      counted: 2
    },
    {
      name: 'other values from one outlet',
      discrepancies: [d('a1', 'b1', '12', '14'), d('a2', 'b1', '12', '15')],
      counted: 2
    }
  ];
  it.each(cases)('$name: $counted', ({ discrepancies, counted }) => {
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
        discrepancies: counted
      }
    ]);
  });

  it('lists nothing before an analysis', () => {
    expect(verdictRows(undefined)).toEqual([]);
  });
});
