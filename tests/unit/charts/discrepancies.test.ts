import { describe, expect, it } from 'vitest';
import { claimIndex, factRows } from '../../../src/lib/view/coverage';
import { discrepancySections } from '../../../src/lib/view/discrepancies';
import { fixtureAnalyze, fixtureEvent } from '../../fixtures/analysisFixture';
import { CONFLICT_CLAIMS, REPEATED_CONFLICTS } from '../../fixtures/repeatedConflicts';

const result = fixtureAnalyze(fixtureEvent({ outlets: 6, facts: 40 }));
const claims = claimIndex(result);
const outlets = result.outlets.map((o) => o.outlet);
const facts = new Map(factRows(result, outlets, claims).map((r) => [r.id, r.label]));
const all = result.facts.reduce((n, g) => n + g.discrepancies.length, 0);

describe('discrepancySections', () => {
  it.each([1, 5, 1000])('limit %i per type: counts everything, lists at most the limit', (limit) => {
    const { total, sections } = discrepancySections(result, claims, facts, limit);
    expect(all).toBeGreaterThan(5);
    expect(total).toBe(all);
    expect(sections.map((s) => s.type)).toEqual(['number']);
    expect(sections[0].count).toBe(all);
    expect(sections[0].items).toHaveLength(Math.min(limit, all));
  });

  it('gives both sides their outlet and value', () => {
    const { sections } = discrepancySections(result, claims, facts);
    for (const item of sections[0].items) {
      const fact = result.facts.find((g) => g.id === item.fact)!;
      const d = fact.discrepancies.find((x) => x.values[1] === item.valueB)!;
      expect(item.outletA).toBe(claims.get(d.claims[0])!.outlet);
      expect(item.outletB).toBe(claims.get(d.claims[1])!.outlet);
      expect(item.valueA).not.toBe(item.valueB);
      expect(item.label).toBe(fact.label);
    }
  });

  it('leaves out facts that are not facts', () => {
    expect(discrepancySections(result, claims, new Map()).total).toBe(0);
  });
});

describe('discrepancySections lists one conflict between two outlets once', () => {
  const claims = new Map(CONFLICT_CLAIMS.map((c) => [c.id, c])) as never;
  it.each(REPEATED_CONFLICTS)('$name: $distinct', ({ discrepancies, distinct }) => {
    const result = { facts: [{ id: 'g1', discrepancies }] } as never;
    expect(discrepancySections(result, claims, new Map([['g1', 'toll']])).total).toBe(distinct);
  });
});
