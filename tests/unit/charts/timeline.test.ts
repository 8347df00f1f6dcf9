import { describe, it, expect } from 'vitest';
import { timelineLayout, parsePublished } from '../../../src/lib/view/timeline';
import { buildAnalysisFixtureB, outletName, reports } from '../../fixtures/analysisFixtureB';

describe('parsePublished', () => {
  it.each([
    ['2022-09-22', '2022-09-22T00:00:00.000Z'],
    ['2022-09-22T10:30:00Z', '2022-09-22T10:30:00.000Z'],
    ['not a date', null],
    ['', null],
    [null, null]
  ])('%s -> %s', (input, expected) => {
    expect(parsePublished(input)?.toISOString() ?? null).toBe(expected);
  });
});

describe('timelineLayout', () => {
  const cases: { outlets: number; facts: number; undated: number[] }[] = [
    { outlets: 3, facts: 6, undated: [] },
    { outlets: 4, facts: 10, undated: [3] },
    { outlets: 2, facts: 4, undated: [0, 1] },
    { outlets: 1, facts: 3, undated: [] }
  ];
  it.each(cases)('$outlets outlets, $facts facts, undated $undated', ({ outlets, facts, undated }) => {
    const { result, articles } = buildAnalysisFixtureB({ outlets, facts, undated });
    const layout = timelineLayout(result, articles, { width: 800 });
    expect(layout.dots.length).toBe(outlets - undated.length);
    expect(layout.undated.map((a) => a.outlet)).toEqual(undated.map(outletName));
    expect(layout.lanes.length).toBe(outlets - undated.length);

    // A fact is placed when some dated outlet reports it; it appears when the earliest such outlet published.
    const datedOutlets = Array.from({ length: outlets }, (_, o) => o).filter((o) => !undated.includes(o));
    const placed = result.facts.filter((g) => {
      const f = Number(g.id.slice(1));
      return datedOutlets.some((o) => reports(f, o));
    });
    expect(layout.factsUndated).toBe(result.facts.length - placed.length);
    const last = layout.steps[layout.steps.length - 1];
    expect(last?.count ?? 0).toBe(placed.length);
    expect(layout.steps.reduce((n, s) => n + s.added, 0)).toBe(placed.length);
    expect(layout.countPath === '').toBe(placed.length === 0);

    // Steps rise over time and dots stay inside the plot.
    for (let i = 1; i < layout.steps.length; i++) {
      expect(layout.steps[i].time.getTime()).toBeGreaterThan(layout.steps[i - 1].time.getTime());
      expect(layout.steps[i].y).toBeLessThan(layout.steps[i - 1].y);
    }
    for (const d of layout.dots) {
      expect(d.x).toBeGreaterThanOrEqual(layout.margin.left);
      expect(d.x).toBeLessThanOrEqual(800 - layout.margin.right);
    }
  });

  it('orders lanes by first publication and gives later articles larger x', () => {
    const { result, articles } = buildAnalysisFixtureB({ outlets: 3, facts: 3 });
    const reversed = articles.map((a, i) => ({ ...a, published: `2022-09-2${5 - i}T10:00:00Z` }));
    const layout = timelineLayout(result, reversed, { width: 600 });
    expect(layout.lanes.map((l) => l.outlet)).toEqual([outletName(2), outletName(1), outletName(0)]);
    expect(layout.dots.map((d) => d.article.outlet)).toEqual([outletName(2), outletName(1), outletName(0)]);
    expect(layout.dots[0].x).toBeLessThan(layout.dots[2].x);
    expect(layout.ticks.length).toBeGreaterThan(1);
  });
});
