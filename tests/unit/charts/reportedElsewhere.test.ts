import { describe, it, expect } from 'vitest';
import { reportedElsewhere } from '../../../src/lib/view/buildCompareView';
import { buildAnalysisFixtureB, outletName, reports } from '../../fixtures/analysisFixtureB';

const { result } = buildAnalysisFixtureB({ outlets: 3, facts: 9 });

// Articles '1', '2', '3' are outlets A, B, C. A claim says "also in …" exactly when its fact is reported by an
// outlet off screen and by no other column on screen.
describe('reportedElsewhere', () => {
  it.each([
    { columns: ['1', '2'], outlets: [0, 1] },
    { columns: ['2', '3'], outlets: [1, 2] },
    { columns: ['3', '1'], outlets: [2, 0] },
    { columns: ['1', '2', '3'], outlets: [0, 1, 2] }
  ])('columns $columns', ({ columns, outlets }) => {
    const expected: Record<string, string[]> = {};
    for (const g of result.facts) {
      const fact = Number(g.id.slice(1));
      for (const [i, article] of columns.entries()) {
        const shownElsewhere = outlets.some((o, j) => j !== i && reports(fact, o));
        const offScreen = [0, 1, 2].filter((o) => !outlets.includes(o) && reports(fact, o));
        if (shownElsewhere || !offScreen.length) continue;
        for (const id of g.claims.filter((c) => c.startsWith(`${article}:`)))
          expected[id] = offScreen.map(outletName);
      }
    }
    expect(reportedElsewhere(result, columns)).toEqual(expected);
    if (columns.length === 2) expect(Object.keys(expected).length).toBeGreaterThan(0);
  });

  it('names nothing for a claim in no fact or a non-claim', () => {
    const bare = { ...result, facts: [] };
    expect(reportedElsewhere(bare, ['1', '2'])).toEqual({});
  });
});
