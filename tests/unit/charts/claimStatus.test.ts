import { describe, it, expect } from 'vitest';
import { claimStatuses, reportedFacts } from '../../../src/lib/view/claimStatus';
import { claimTextProps } from '../../../src/lib/view/claimStatusProps';
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

  it('treats a claim outside every fact as single', () => {
    const loose = { ...result.articles[0].claims[1], id: 'loose' };
    const changed = { ...result, articles: [{ ...result.articles[0], claims: [loose] }] };
    expect(claimStatuses(changed)).toEqual({ loose: 'single' });
  });

  it('uses the outlet verdict partial when the fact says so', () => {
    const fact = result.facts.find((g) => g.claims.length >= 2)!;
    const first = fact.claims[0];
    const outlet = result.articles.flatMap((a) => a.claims).find((c) => c.id === first)!.outlet;
    const changed = {
      ...result,
      facts: result.facts.map((g) =>
        g === fact ? { ...g, outlets: { ...g.outlets, [outlet]: 'partial' as const } } : g
      )
    };
    expect(claimStatuses(changed)[first]).toBe('partial');
  });
});

describe('claimTextProps', () => {
  it.each(result.articles.map((a) => [a.id]))(
    'article %s: only its own claims, links for shared facts',
    (id) => {
      const props = claimTextProps(result, id, 7);
      const own = result.articles.find((a) => a.id === id)!.claims;
      expect(props.claims).toBe(own);
      expect(Object.keys(props.statusByClaim).sort()).toEqual(own.map((c) => c.id).sort());
      for (const [claim, href] of Object.entries(props.factLinks)) {
        expect(href).toMatch(/^\/events\/7\/facts\/g\d+$/);
        expect(['same', 'partial', 'differ']).toContain(props.statusByClaim[claim]);
      }
      const shared = own.filter((c) => ['same', 'partial', 'differ'].includes(props.statusByClaim[c.id]));
      expect(Object.keys(props.factLinks).length).toBe(shared.length);
    }
  );

  it('is empty for an article that was not analyzed', () => {
    expect(claimTextProps(result, 'missing', 1)).toEqual({
      claims: [],
      statusByClaim: {},
      marks: {},
      factLinks: {}
    });
  });
});

describe('reportedFacts', () => {
  it.each([
    [['claim', 'claim'], true],
    [['non-claim', 'claim'], true],
    [['non-claim', 'non-claim'], false]
  ] as const)('%s -> %s', (kinds, isFact) => {
    const claims = kinds.map((kind, i) => ({ ...result.articles[0].claims[1], id: `k${i}`, kind }));
    const fact = { ...result.facts[0], id: 'gk', claims: claims.map((c) => c.id) };
    const changed = { ...result, articles: [{ ...result.articles[0], claims }], facts: [fact] };
    expect(reportedFacts(changed).length).toBe(isFact ? 1 : 0);
  });
});
