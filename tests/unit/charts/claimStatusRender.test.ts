import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import ClaimText from '../../../src/lib/components/ClaimText.svelte';
import CertaintyProfile from '../../../src/lib/charts/CertaintyProfile.svelte';
import SharedFacts from '../../../src/lib/charts/SharedFacts.svelte';
import Timeline from '../../../src/lib/charts/Timeline.svelte';
import { claimStatuses, reportedFacts } from '../../../src/lib/view/claimStatus';
import { discrepancyMarks } from '../../../src/lib/view/claimStatusMarks';
import { buildAnalysisFixtureB } from '../../fixtures/analysisFixtureB';

// Server rendering of the components on the code-built fixture: what a reader gets before JavaScript loads.
const { result, articles } = buildAnalysisFixtureB({ outlets: 4, facts: 10, undated: [3] });
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;
const textOnly = (html: string) =>
  html
    .replace(/<span class="(glyph|badge|visually-hidden|cue)[^"]*"[^>]*>[\s\S]*?<\/span>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('ClaimText', () => {
  it.each(articles.map((a, i) => [a.outlet, i]))('%s: every claim once, the text unchanged', (_, i) => {
    const article = articles[i as number];
    const claims = result.articles[i as number].claims;
    const { body } = render(ClaimText, {
      props: {
        text: article.text,
        claims,
        statusByClaim: claimStatuses(result),
        marks: discrepancyMarks(result)
      }
    });
    expect(count(body, /data-claim="/g)).toBe(claims.length);
    expect(count(body, /<p/g)).toBe(article.text.split('\n\n').length);
    expect(textOnly(body).replace(/\s+/g, ' ').trim()).toBe(article.text.replace(/\s+/g, ' ').trim());
  });

  it.each([
    ['<script>alert(1)</script> Fact', '&lt;script>alert(1)&lt;/script>'],
    ['Tom & <b>Jerry</b>', 'Tom &amp; &lt;b>Jerry&lt;/b>']
  ])('shows markup literally: %s', (text, escaped) => {
    const { body } = render(ClaimText, { props: { text, claims: [], statusByClaim: {} } });
    expect(body).toContain(escaped);
    expect(body).not.toContain('<b>');
  });
});

describe('chart marks equal the data', () => {
  it('certainty-profile: one segment per non-zero outlet × certainty, with its count', () => {
    const { body } = render(CertaintyProfile, { props: { result, articles } });
    expect(body).toContain('data-chart="certainty-profile"');
    const expected = result.outlets.flatMap((o) => Object.entries(o.certainty).filter(([, n]) => n > 0));
    expect(count(body, /data-certainty="/g)).toBe(expected.length);
    for (const o of result.outlets)
      for (const [c, n] of Object.entries(o.certainty))
        if (n) expect(body).toContain(`data-outlet="${o.outlet}" data-certainty="${c}" data-count="${n}"`);
  });

  it('shared-facts: combination counts add up to the facts; selecting one lists its facts', () => {
    const plain = render(SharedFacts, {
      props: { result, articles, url: new URL('http://x/events/1'), eventId: '1' }
    });
    expect(plain.body).toContain('data-chart="shared-facts"');
    const combos = [...plain.body.matchAll(/data-combination="([^"]*)" data-count="(\d+)"/g)].map((m) => ({
      key: m[1],
      n: Number(m[2])
    }));
    expect(combos.reduce((a, c) => a + c.n, 0)).toBe(reportedFacts(result).length);
    expect(count(plain.body, /class="set-bar/g)).toBe(result.outlets.length);
    expect(count(plain.body, /<li data-fact=/g)).toBe(0);
    for (const combo of combos) {
      const url = new URL(`http://x/events/1?${new URLSearchParams({ combo: combo.key })}`);
      const { body } = render(SharedFacts, { props: { result, articles, url, eventId: '1' } });
      expect(count(body, /<li data-fact=/g)).toBe(combo.n);
      expect(body).toContain(`data-selected-combination="${combo.key}"`);
    }
  });

  it('timeline: a dot per dated article and the undated listed apart', () => {
    const { body } = render(Timeline, { props: { result, articles } });
    expect(body).toContain('data-chart="timeline"');
    expect(count(body, /<a[^>]*data-article="/g)).toBe(articles.filter((a) => a.published).length);
    expect(count(body, /data-undated-article="/g)).toBe(articles.filter((a) => !a.published).length);
  });
});
