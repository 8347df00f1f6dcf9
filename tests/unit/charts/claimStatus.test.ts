import { describe, it, expect } from 'vitest';
import { claimStatuses } from '../../../src/lib/charts/layout/claimStatus';
import { buildAnalysisFixtureB, isDiffering, outletName, reports } from '../../fixtures/analysisFixtureB';

const { result } = buildAnalysisFixtureB({ outlets: 3, facts: 8 });
const statuses = claimStatuses(result);

function claimOf(fact: number, outlet: number) {
  const article = result.articles[outlet];
  return article.claims.find((c) => c.text.startsWith(`Fact ${fact} `));
}

function reporters(fact: number): number[] {
  return [0, 1, 2].filter((o) => reports(fact, o));
}

describe('claimStatuses', () => {
  it('gives every claim of every article a status', () => {
    const ids = result.articles.flatMap((a) => a.claims.map((c) => c.id));
    expect(Object.keys(statuses).sort()).toEqual(ids.sort());
  });

  it.each(result.articles.flatMap((a) => a.claims.filter((c) => c.kind === 'non-claim').map((c) => [c.id])))(
    'marks non-claim %s as non-claim',
    (id) => expect(statuses[id]).toBe('non-claim')
  );

  const cases: [number, number, string][] = [];
  for (let f = 0; f < 8; f++) {
    const who = reporters(f);
    for (const o of who) {
      const expected = who.length < 2 ? 'single' : isDiffering(f) && who[1] === o ? 'differ' : 'same';
      cases.push([f, o, expected]);
    }
  }
  it.each(cases)('fact %i by outlet %i is %s', (fact, outlet, expected) => {
    const claim = claimOf(fact, outlet)!;
    expect(claim.outlet).toBe(outletName(outlet));
    expect(statuses[claim.id]).toBe(expected);
  });

  it('treats a claim outside every group as single', () => {
    const loose = { ...result.articles[0].claims[1], id: 'loose' };
    const changed = { ...result, articles: [{ ...result.articles[0], claims: [loose] }] };
    expect(claimStatuses(changed)).toEqual({ loose: 'single' });
  });

  it('uses the outlet verdict partial when the group says so', () => {
    const group = result.groups.find((g) => g.claims.length >= 2)!;
    const first = group.claims[0];
    const outlet = result.articles.flatMap((a) => a.claims).find((c) => c.id === first)!.outlet;
    const changed = {
      ...result,
      groups: result.groups.map((g) =>
        g === group ? { ...g, outlets: { ...g.outlets, [outlet]: 'partial' as const } } : g
      )
    };
    expect(claimStatuses(changed)[first]).toBe('partial');
  });
});
