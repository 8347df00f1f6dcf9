import { describe, expect, it } from 'vitest';
import { claimIndex, factRows } from '../../../src/lib/view/coverage';
import { discrepancySections } from '../../../src/lib/view/discrepancies';
import { fixtureAnalyze, fixtureEvent } from '../../fixtures/analysisFixture';

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
  const claim = (id: string, outlet: string) => [id, { id, outlet }] as const;
  const claims = new Map([claim('a1', 'A'), claim('a2', 'A'), claim('b1', 'B'), claim('c1', 'C')]) as never;
  const d = (x: string, y: string, vx: string, vy: string) =>
    ({ type: 'number', claims: [x, y], values: [vx, vy] }) as const;
  const cases: { name: string; discrepancies: ReturnType<typeof d>[]; listed: number }[] = [
    {
      name: 'the same values from two claims of one outlet',
      discrepancies: [d('a1', 'b1', 'four', '5'), d('a2', 'b1', 'Four', '5')],
      listed: 1
    },
    {
      name: 'the same conflict written the other way round',
      discrepancies: [d('a1', 'b1', 'four', '5'), d('b1', 'a2', '5', 'four')],
      listed: 1
    },
    {
      name: 'another outlet pair',
      discrepancies: [d('a1', 'b1', 'four', '5'), d('a1', 'c1', 'four', '5')],
      listed: 2
    },
    {
      name: 'other values',
      discrepancies: [d('a1', 'b1', 'four', '5'), d('a2', 'b1', 'four', '6')],
      listed: 2
    }
  ];
  it.each(cases)('$name: $listed', ({ discrepancies, listed }) => {
    const result = { facts: [{ id: 'g1', discrepancies }] } as never;
    expect(discrepancySections(result, claims, new Map([['g1', 'toll']])).total).toBe(listed);
  });
});
