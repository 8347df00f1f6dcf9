import { describe, expect, it } from 'vitest';
import { independentSources } from '../../../src/lib/view/independentSources';
import { countBySource } from '../../../src/lib/server/analysis/countBySource';
import { buildEventOverview } from '../../../src/lib/view/buildEventOverview';
import { fixtureAnalyze, fixtureEvent, overviewArticles } from '../../fixtures/analysisFixture';

const event = fixtureEvent({ outlets: 3, facts: 30 });
const result = fixtureAnalyze(event);
const articles = overviewArticles(event);
const reporters = (g: { outlets: Record<string, string> }, names: string[]) =>
  names.filter((o) => (g.outlets[o] ?? 'absent') !== 'absent');

describe('buildEventOverview counted over independent sources', () => {
  const grouping = independentSources(result, { Reuters: 'Owner A', RT: ' owner  a' });
  const query = (q: string) => new URLSearchParams(q);
  const byOutlet = buildEventOverview(1, result, articles, query(''), { grouping, counted: null });
  const bySource = buildEventOverview(1, result, articles, query('sources=independent&rows=all'), {
    grouping,
    counted: countBySource(result, grouping)
  });

  it('says how it counts and what it combined, in both modes', () => {
    expect(byOutlet.sources.counting).toBe('outlets');
    expect(bySource.sources.counting).toBe('independent');
    for (const model of [byOutlet, bySource])
      expect(model.sources.combined.map((s) => s.name)).toEqual(['Reuters + RT']);
  });

  it('figures: one source fewer; facts only the two report become single-source', () => {
    const names = result.outlets.map((o) => o.outlet);
    const facts = result.facts.filter((g) => g.id !== 'g-share');
    // Facts only Reuters and RT report: two outlets, one source.
    const onlyPair = facts.filter((g) => {
      const r = reporters(g, names);
      return r.length === 2 && r.includes('RT') && r.includes('Reuters');
    }).length;
    expect(onlyPair).toBeGreaterThan(0);
    expect(bySource.figures.outlets).toBe(byOutlet.figures.outlets - 1);
    expect(bySource.figures.articles).toBe(byOutlet.figures.articles);
    expect(bySource.figures.facts).toBe(byOutlet.figures.facts);
    expect(bySource.figures.contested).toBe(byOutlet.figures.contested);
    expect(bySource.figures.singleSource).toBe(byOutlet.figures.singleSource + onlyPair);
    // Those facts no longer count as agreed or partly agreed.
    expect(bySource.figures.agreed + bySource.figures.partial).toBeLessThan(
      byOutlet.figures.agreed + byOutlet.figures.partial
    );
  });

  it('coverage columns, agreement pairs and omission panels are sources; discrepancies still name outlets', () => {
    expect(bySource.coverage.outlets).toContain('Reuters + RT');
    expect(bySource.coverage.outlets).not.toContain('RT');
    expect(bySource.agreement.outlets).toHaveLength(2);
    expect(bySource.agreement.pairs).toBe(1);
    expect(bySource.agreement.cells.some((c) => c.a === 'RT' || c.b === 'RT')).toBe(false);
    expect(bySource.omissions.panels.map((p) => p.outlet).sort()).toEqual(['BBC News', 'Reuters + RT']);
    expect(bySource.discrepancies).toEqual(byOutlet.discrepancies);
    // Each row counts a source once: no row reports more sources than there are.
    for (const row of bySource.coverage.rows) expect(row.reporting).toBeLessThanOrEqual(2);
  });

  it('without a grouping (or with nothing to combine) the overview counts outlets as before', () => {
    const plain = buildEventOverview(1, result, articles, query('sources=independent'));
    expect(plain.sources).toEqual({ counting: 'outlets', combined: [] });
    const none = independentSources(result, {});
    const same = buildEventOverview(1, result, articles, query('sources=independent'), {
      grouping: none,
      counted: countBySource(result, none)
    });
    expect(same.figures).toEqual(plain.figures);
    expect(same.coverage.rows).toEqual(plain.coverage.rows);
  });
});
