import { describe, expect, it } from 'vitest';
import { outletAgreement, summarizeOutlets } from '../../../src/lib/analysis/summarizeOutlets';
import type { AnalysisResult, Claim, Fact, DerivedCopy, Verdict } from '../../../src/lib/analysis/types';
import {
  countChartBySource,
  explainSource,
  independentSources,
  sourceVerdict
} from '../../../src/lib/view/independentSources';
import { chartResult } from '../../../src/lib/view/chartResult';
import { countBySource } from '../../../src/lib/server/analysis/countBySource';
import { bareClaim } from '../../fixtures/bareClaim';

function claim(articleId: string, outlet: string, n: number): Claim {
  return bareClaim({
    id: `${articleId}:${n}`,
    articleId,
    outlet,
    text: `Claim ${n} of ${outlet}.`,
    start: n * 20,
    end: n * 20 + 15,
    sentence: n
  });
}

/**
 * An event from a table: facts -> per-outlet verdicts (absent when missing); articles -> outlet. Each article
 * of an outlet that reports a fact holds a claim of it (the first article when the outlet has several).
 */
function buildResult(
  articleOutlets: Record<string, string>,
  verdictsByFact: Record<string, Record<string, Verdict>>,
  derived: Pick<DerivedCopy, 'article' | 'source' | 'overlap'>[] = [],
  discrepancies: Record<string, [string, string]> = {}
): AnalysisResult {
  const outlets = [...new Set(Object.values(articleOutlets))];
  const articles = Object.entries(articleOutlets).map(([id, outlet]) => ({
    id,
    outlet,
    claims: [] as Claim[]
  }));
  const facts: Fact[] = Object.entries(verdictsByFact).map(([id, verdicts], n) => {
    const claims: string[] = [];
    for (const outlet of Object.keys(verdicts)) {
      const article = articles.find((a) => a.outlet === outlet)!;
      const c = claim(article.id, outlet, n);
      article.claims.push(c);
      claims.push(c.id);
    }
    const pair = discrepancies[id];
    return {
      id,
      claims,
      label: `Fact ${id}`,
      verdict: pair ? 'differ' : Object.values(verdicts).every((v) => v === 'same') ? 'same' : 'partial',
      outlets: Object.fromEntries(outlets.map((o) => [o, verdicts[o] ?? 'absent'])),
      discrepancies: pair
        ? [
            {
              type: 'number',
              claims: pair.map((o) =>
                claims.find((c) => c.startsWith(articles.find((a) => a.outlet === o)!.id))!
              ) as [string, string],
              values: ['5', '6']
            }
          ]
        : [],
      cohesion: 1
    };
  });
  return {
    engine: 'test',
    articles,
    facts,
    outlets: summarizeOutlets(articles, facts),
    agreement: outletAgreement(articles, facts),
    derived: derived.map((d) => ({ ...d, added: [], removed: [], changed: [] }))
  };
}

const ARTICLES = { a1: 'AP', a2: 'Daily X', a3: 'Sputnik', a4: 'RIA Novosti', a5: 'BBC' };
const FACTS: Record<string, Record<string, Verdict>> = {
  // Only the two outlets of one owner: two outlets, one source.
  g1: { Sputnik: 'same', 'RIA Novosti': 'partial' },
  // AP and its re-worded copy, and BBC.
  g2: { AP: 'same', 'Daily X': 'same', BBC: 'partial' },
  // Everyone.
  g3: { AP: 'same', 'Daily X': 'same', Sputnik: 'same', 'RIA Novosti': 'same', BBC: 'same' },
  // Sputnik contradicts AP.
  g4: { AP: 'differ', Sputnik: 'differ', 'RIA Novosti': 'same' }
};
const OWNERS = { Sputnik: 'Rossiya Segodnya', 'RIA Novosti': ' rossiya  segodnya', BBC: 'BBC' };
const COPY = [{ article: 'a2', source: 'a1', overlap: 0.82 }];

describe('independentSources', () => {
  it.each([
    {
      name: 'no owners, no copies: every outlet stands alone',
      articles: ARTICLES,
      owners: {},
      derived: [],
      combined: []
    },
    {
      name: 'same owner (case and spaces ignored) makes one source',
      articles: ARTICLES,
      owners: OWNERS,
      derived: [],
      combined: [
        {
          name: 'RIA Novosti + Sputnik',
          reasons: [{ kind: 'owner', owner: 'Rossiya Segodnya', outlets: ['RIA Novosti', 'Sputnik'] }]
        }
      ]
    },
    {
      name: 'an outlet whose only article re-words AP joins AP (original first)',
      articles: ARTICLES,
      owners: {},
      derived: COPY,
      combined: [
        {
          name: 'AP + Daily X',
          reasons: [{ kind: 'copy', outlet: 'Daily X', of: 'AP', overlap: 0.82, articles: 1 }]
        }
      ]
    },
    {
      name: 'an outlet with one own article besides the copy stays independent',
      articles: { ...ARTICLES, a6: 'Daily X' },
      owners: {},
      derived: COPY,
      combined: []
    },
    {
      name: 'a copy of the outlet’s own article does not combine anything',
      articles: { ...ARTICLES, a6: 'AP' },
      owners: {},
      derived: [{ article: 'a6', source: 'a1', overlap: 0.9 }],
      combined: []
    },
    {
      name: 'a copy of a member joins the whole owner group (transitive)',
      articles: ARTICLES,
      owners: OWNERS,
      derived: [{ article: 'a5', source: 'a4', overlap: 0.5 }],
      combined: [
        {
          name: 'RIA Novosti + Sputnik + BBC',
          reasons: [
            { kind: 'owner', owner: 'Rossiya Segodnya', outlets: ['RIA Novosti', 'Sputnik'] },
            { kind: 'copy', outlet: 'BBC', of: 'RIA Novosti', overlap: 0.5, articles: 1 }
          ]
        }
      ]
    }
  ])('$name', ({ articles, owners, derived, combined }) => {
    const result = buildResult(articles, { g3: FACTS.g3 }, derived);
    const grouping = independentSources(result, owners);
    expect(grouping.combined.map(({ name, reasons }) => ({ name, reasons }))).toEqual(combined);
    // Every outlet is in exactly one source, named after it.
    const members = grouping.sources.flatMap((s) => s.outlets).sort();
    expect(members).toEqual([...new Set(Object.values(articles))].sort());
    for (const s of grouping.sources) for (const o of s.outlets) expect(grouping.sourceOf[o]).toBe(s.name);
  });
});

describe('sourceVerdict', () => {
  it.each<[Verdict[], Verdict]>([
    [[], 'absent'],
    [['absent', 'absent'], 'absent'],
    [['partial', 'absent'], 'partial'],
    [['partial', 'same'], 'same'],
    [['same', 'differ'], 'differ'],
    [['partial', 'differ', 'same'], 'differ']
  ])('%j -> %s', (verdicts, expected) => {
    expect(sourceVerdict(verdicts)).toBe(expected);
  });
});

describe('countChartBySource (the shared-facts chart, in the browser)', () => {
  const result = buildResult(ARTICLES, FACTS, COPY, { g4: ['AP', 'Sputnik'] });
  const grouping = independentSources(result, OWNERS);

  it("gives the chart what the server's countBySource gives, without the engine", () => {
    const inBrowser = countChartBySource(chartResult(result), grouping);
    const onServer = chartResult(countBySource(result, grouping));
    expect(inBrowser.articles).toEqual(onServer.articles);
    expect(inBrowser.facts).toEqual(onServer.facts);
    const byName = (r: typeof onServer) => Object.fromEntries(r.outlets.map((o) => [o.outlet, o.certainty]));
    expect(byName(inBrowser)).toEqual(byName(onServer));
  });
});

describe('countBySource', () => {
  const result = buildResult(ARTICLES, FACTS, COPY, { g4: ['AP', 'Sputnik'] });
  const grouping = independentSources(result, OWNERS);
  const counted = countBySource(result, grouping);
  const reporting = (r: AnalysisResult, g: string) =>
    Object.values(r.facts.find((x) => x.id === g)!.outlets).filter((v) => v !== 'absent').length;

  it('names the sources', () => {
    expect(grouping.sources.map((s) => s.name)).toEqual(['AP + Daily X', 'RIA Novosti + Sputnik', 'BBC']);
  });

  it.each([
    { fact: 'g1', outlets: 2, sources: 1, verdicts: { 'RIA Novosti + Sputnik': 'same' } },
    { fact: 'g2', outlets: 3, sources: 2, verdicts: { 'AP + Daily X': 'same', BBC: 'partial' } },
    { fact: 'g3', outlets: 5, sources: 3, verdicts: { 'AP + Daily X': 'same', BBC: 'same' } },
    {
      fact: 'g4',
      outlets: 3,
      sources: 2,
      verdicts: { 'AP + Daily X': 'differ', 'RIA Novosti + Sputnik': 'differ', BBC: 'absent' }
    }
  ])('$fact: reported by $outlets outlets, $sources sources', ({ fact, outlets, sources, verdicts }) => {
    expect(reporting(result, fact)).toBe(outlets);
    expect(reporting(counted, fact)).toBe(sources);
    expect(counted.facts.find((g) => g.id === fact)!.outlets).toMatchObject(verdicts);
    // The fact's own verdict and discrepancies are kept.
    const [before, after] = [result, counted].map((r) => r.facts.find((g) => g.id === fact)!);
    expect(after.verdict).toBe(before.verdict);
    expect(after.discrepancies).toEqual(before.discrepancies);
  });

  it('claims and articles carry their source’s name', () => {
    expect(counted.articles.map((a) => a.outlet)).toEqual([
      'AP + Daily X',
      'AP + Daily X',
      'RIA Novosti + Sputnik',
      'RIA Novosti + Sputnik',
      'BBC'
    ]);
    for (const a of counted.articles) for (const c of a.claims) expect(c.outlet).toBe(a.outlet);
  });

  it('agreement: one row per pair of sources; outlets of one source never corroborate each other', () => {
    expect(result.agreement.find((p) => p.a === 'AP' && p.b === 'Daily X')!.shared).toBe(2);
    const pairs = Object.fromEntries(counted.agreement.map((p) => [`${p.a}|${p.b}`, p]));
    expect(Object.keys(pairs).sort()).toEqual([
      'AP + Daily X|BBC',
      'AP + Daily X|RIA Novosti + Sputnik',
      'RIA Novosti + Sputnik|BBC'
    ]);
    // g3 (both same) and g4 (AP and Sputnik differ), each counted once for the pair.
    expect(pairs['AP + Daily X|RIA Novosti + Sputnik']).toMatchObject({
      shared: 2,
      same: 1,
      partial: 0,
      differ: 1,
      score: 0.5
    });
    // g2 (BBC partial) and g3.
    expect(pairs['AP + Daily X|BBC']).toMatchObject({ shared: 2, same: 1, partial: 1, score: 0.75 });
  });

  it('omissions: what a source leaves out, reportedBy counted in sources', () => {
    const omissions = (r: AnalysisResult, outlet: string) =>
      Object.fromEntries(
        r.outlets.find((o) => o.outlet === outlet)!.omissions.map((o) => [o.fact, o.reportedBy])
      );
    expect(omissions(result, 'BBC')).toEqual({ g1: 2, g4: 3 });
    expect(omissions(counted, 'BBC')).toEqual({ g1: 1, g4: 2 });
    // Daily X left out g1 and g4; its source (with AP) reports g4, so only g1 is left out.
    expect(omissions(counted, 'AP + Daily X')).toEqual({ g1: 1 });
    expect(counted.outlets.map((o) => o.outlet)).toEqual(['AP + Daily X', 'RIA Novosti + Sputnik', 'BBC']);
  });
});

describe('explainSource', () => {
  it.each([
    {
      reasons: [{ kind: 'owner' as const, owner: 'Rossiya Segodnya', outlets: ['Sputnik', 'RIA Novosti'] }],
      lines: ['Sputnik + RIA Novosti: same owner (Rossiya Segodnya)']
    },
    {
      reasons: [{ kind: 'copy' as const, outlet: 'Daily X', of: 'AP', overlap: 0.823, articles: 1 }],
      lines: ['Daily X re-worded AP’s story (82% shared wording)']
    },
    {
      reasons: [{ kind: 'copy' as const, outlet: 'Daily X', of: 'AP', overlap: 0.5, articles: 2 }],
      lines: ['Daily X re-worded AP’s stories (2 articles, up to 50% shared wording)']
    }
  ])('$lines', ({ reasons, lines }) => {
    expect(explainSource({ name: 'x', outlets: [], reasons })).toEqual(lines);
  });
});
