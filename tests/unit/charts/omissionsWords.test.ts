import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Omissions from '../../../src/lib/charts/Omissions.svelte';
import { buildEventOverview } from '../../../src/lib/view/buildEventOverview';
import { fixtureAnalyze, fixtureEvent, overviewArticles } from '../../fixtures/analysisFixture';

// What the omissions chart says, by how many outlets the event has (server-rendered, before JavaScript).
function rendered(outlets: number): string {
  const event = fixtureEvent({ outlets, facts: 6 });
  const articles = overviewArticles(event);
  const model = buildEventOverview(1, fixtureAnalyze(event), articles, new URLSearchParams());
  return render(Omissions, {
    props: {
      panels: model.omissions.panels,
      showAll: false,
      eventId: 1,
      url: new URL('http://localhost/events/1'),
      outletCount: model.figures.outlets
    }
  }).body;
}

describe('omissions: the caption counts the other outlets, and one outlet has nothing to compare', () => {
  it.each([
    [1, 'With one outlet, there is nothing to compare yet', true],
    [2, 'A bar’s length is the share of the other 1 outlet that report the fact.', false],
    [3, 'A bar’s length is the share of the other 2 outlets that report the fact.', false]
  ])('%i outlet(s)', (outlets, caption, nothing) => {
    const html = rendered(outlets);
    expect(html).toContain(caption);
    expect(html).not.toContain('other 0 outlets');
    expect(html.includes('data-nothing-to-compare')).toBe(nothing);
  });
});
