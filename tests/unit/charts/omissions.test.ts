import { describe, expect, it } from 'vitest';
import { omissionPanels, omissionsLayout } from '../../../src/lib/view/omissions';
import { fixtureAnalyze, fixtureEvent } from '../../fixtures/analysisFixture';

const result = fixtureAnalyze(fixtureEvent({ outlets: 5, facts: 30 }));
const facts = new Map(result.facts.filter((g) => g.id !== 'g-share').map((g) => [g.id, g.label]));

describe('omissionPanels', () => {
  it.each([1, 3, 100])('limit %i: one panel per outlet, most omissions first, bars ranked', (limit) => {
    const panels = omissionPanels(result.outlets, facts, { limit, barWidth: 100 });
    expect(panels.map((p) => p.outlet).sort()).toEqual(result.outlets.map((o) => o.outlet).sort());
    for (let i = 1; i < panels.length; i++)
      expect(panels[i - 1].total).toBeGreaterThanOrEqual(panels[i].total);
    for (const panel of panels) {
      const summary = result.outlets.find((o) => o.outlet === panel.outlet)!;
      expect(panel.total).toBe(summary.omissions.length);
      expect(panel.bars).toHaveLength(Math.min(limit, panel.total));
      panel.bars.forEach((bar, i) => {
        expect(bar.label).toBe(facts.get(bar.fact));
        // Bar length: share of the 4 other outlets, on a 100 px scale.
        expect(bar.width).toBe(Math.max(2, Math.round((bar.reportedBy / 4) * 100)));
        if (i) expect(panel.bars[i - 1].reportedBy).toBeGreaterThanOrEqual(bar.reportedBy);
      });
    }
  });

  it('ignores omissions of facts that are not facts', () => {
    const panels = omissionPanels(result.outlets, new Map(), { limit: 10 });
    expect(panels.every((p) => p.total === 0 && p.bars.length === 0)).toBe(true);
  });
});

describe('omissionsLayout', () => {
  it.each([
    { bars: [2, 0, 1], height: 8 + (24 + 2 * 20 + 12) + (24 + 20 + 12) + (24 + 20 + 12) },
    { bars: [], height: 8 }
  ])('stacks panels with bars $bars', ({ bars, height }) => {
    const panels = bars.map((n, i) => ({
      outlet: `O${i}`,
      total: n,
      bars: Array.from({ length: n }, (_, j) => ({ fact: `g${j}`, label: 'x', reportedBy: 1, width: 2 }))
    }));
    const layout = omissionsLayout(panels);
    expect(layout.height).toBe(height);
    layout.panels.forEach((p, i) => {
      if (i) expect(p.y).toBeGreaterThan(layout.panels[i - 1].y);
      p.barYs.forEach((y, j) => expect(y).toBe(p.y + 24 + j * 20));
    });
  });
});
