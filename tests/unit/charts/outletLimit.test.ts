import { describe, expect, it } from 'vitest';
import { buildEventOverview, DEFAULT_OUTLETS } from '../../../src/lib/view/buildEventOverview';
import { chartResult, chartResultFor } from '../../../src/lib/view/chartResult';
import { fixtureAnalyze, fixtureEvent, overviewArticles } from '../../fixtures/analysisFixture';

const event = fixtureEvent({ outlets: 14, facts: 30 });
const result = fixtureAnalyze(event);
const articles = overviewArticles(event);
const overview = (query: string) => buildEventOverview(1, result, articles, new URLSearchParams(query));

describe('the event page shows the outlets that report most, and all on demand', () => {
  const limited = overview('');
  const all = overview('outlets=all&omissions=all');

  it.each([
    ['by default', limited, DEFAULT_OUTLETS, false],
    ['with ?outlets=all', all, 14, true]
  ])('%s: %i outlets in the columns, agreement and omission panels', (_, model, shown, showAll) => {
    expect(model.outlets).toEqual({ shown: model.coverage.outlets, total: 14, showAll });
    expect(model.coverage.outlets).toHaveLength(shown);
    expect(model.agreement.outlets).toHaveLength(shown);
    expect(new Set(model.agreement.outlets)).toEqual(new Set(model.coverage.outlets));
    expect(model.omissions.panels.every((p) => model.coverage.outlets.includes(p.outlet))).toBe(true);
    for (const row of model.coverage.rows) expect(row.cells.every((c) => c.col < shown)).toBe(true);
  });

  it('shows the first columns of the full order (outlets reporting most) and keeps every count', () => {
    expect(limited.coverage.outlets).toEqual(all.coverage.outlets.slice(0, DEFAULT_OUTLETS));
    expect(limited.figures).toEqual(all.figures);
    expect(limited.coverage.rows.map((r) => [r.id, r.reporting])).toEqual(
      all.coverage.rows.map((r) => [r.id, r.reporting])
    );
    // An omission panel counts what all the other outlets report, shown or not.
    const panel = limited.omissions.panels[0];
    expect(all.omissions.panels.find((p) => p.outlet === panel.outlet)?.total).toBe(panel.total);
  });

  it('chartResultFor keeps the shown outlets’ articles, claims, verdicts and facts only', () => {
    const keep = new Set(['Reuters', 'RT']);
    const full = chartResult(result);
    const kept = chartResultFor(full, (o) => keep.has(o));
    expect(new Set(kept.articles.map((a) => a.outlet))).toEqual(keep);
    expect(kept.outlets.map((o) => o.outlet).sort()).toEqual(['RT', 'Reuters']);
    const claims = new Set(kept.articles.flatMap((a) => a.claims.map((c) => c.id)));
    for (const g of kept.facts) {
      expect(g.claims.length).toBeGreaterThan(0);
      expect(g.claims.every((id) => claims.has(id))).toBe(true);
      expect(Object.keys(g.outlets).every((o) => keep.has(o))).toBe(true);
    }
    const reportedByKept = full.facts.filter((g) => g.claims.some((id) => claims.has(id)));
    expect(kept.facts.map((g) => g.id)).toEqual(reportedByKept.map((g) => g.id));
  });
});
