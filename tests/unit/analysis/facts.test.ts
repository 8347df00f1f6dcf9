import { describe, expect, it } from 'vitest';
import { analyzeClaims } from '../../../src/lib/analysis/analyzeClaims';
import { buildFacts, factCohesion } from '../../../src/lib/analysis/buildFacts';
import { ecbplusAvailable } from '../../../scripts/lib/ecbplusCorpus';
import { scoreFactsEvent } from '../../../scripts/eval/evalFacts';
import { sumPrf, type Prf } from '../../../scripts/eval/metrics';
import { goldSentenceClaims, loadDevEvents } from '../../../scripts/lib/devEvents';

describe('buildFacts (average linkage over alignment edges)', () => {
  const cases: {
    name: string;
    articles: string[];
    edges: [number, number, number][];
    threshold: number;
    facts: number[][];
  }[] = [
    {
      name: 'a strong pair merges',
      articles: ['x', 'y'],
      edges: [[0, 1, 0.9]],
      threshold: 0.5,
      facts: [[0, 1]]
    },
    {
      name: 'a weak pair stays apart',
      articles: ['x', 'y'],
      edges: [[0, 1, 0.3]],
      threshold: 0.5,
      facts: [[0], [1]]
    },
    {
      // a-b and b-c are strong but a-c has no edge: joining c to {a, b} averages (0.9 + 0) / 2 = 0.45.
      name: 'a chain does not snowball at a high threshold',
      articles: ['x', 'y', 'z'],
      edges: [
        [0, 1, 0.9],
        [1, 2, 0.9]
      ],
      threshold: 0.5,
      facts: [[0, 1], [2]]
    },
    {
      name: 'a chain joins at a lower threshold',
      articles: ['x', 'y', 'z'],
      edges: [
        [0, 1, 0.9],
        [1, 2, 0.9]
      ],
      threshold: 0.4,
      facts: [[0, 1, 2]]
    },
    {
      // Claims of one article never get an edge; they must not count against a merge.
      name: 'headline and lead of one article join the same fact',
      articles: ['x', 'x', 'y'],
      edges: [
        [0, 2, 0.8],
        [1, 2, 0.7]
      ],
      threshold: 0.6,
      facts: [[0, 1, 2]]
    },
    {
      name: 'two facts stay two facts',
      articles: ['x', 'y', 'x', 'y'],
      edges: [
        [0, 1, 0.9],
        [2, 3, 0.8],
        [0, 3, 0.2]
      ],
      threshold: 0.5,
      facts: [
        [0, 1],
        [2, 3]
      ]
    }
  ];
  it.each(cases)('$name', ({ articles, edges, threshold, facts }) => {
    const result = buildFacts(
      articles,
      edges.map(([a, b, score]) => ({ a, b, score, probability: score })),
      { threshold }
    );
    expect(result).toEqual(facts);
    expect(result.flat().sort()).toEqual(articles.map((_, i) => i));
  });

  it('cohesion is the mean pairwise score', () => {
    const scores: Record<string, number> = { '0-1': 0.9, '0-2': 0.3, '1-2': 0.6 };
    expect(factCohesion([0, 1, 2], (a, b) => scores[`${a}-${b}`])).toBeCloseTo(0.6, 10);
    expect(factCohesion([4], () => 0)).toBe(1);
  });
});

const available = ecbplusAvailable() && loadDevEvents().length > 0;
if (!available)
  console.warn('facts-dev / ECB+ not found under ../shared/data: skipping the facts-dev grouping test');

describe.skipIf(!available)('facts-dev: grouping of gold claim sentences', () => {
  it('beats the one-fact-per-event baseline on align F1', () => {
    const engine: Prf[] = [];
    const lumped: Prf[] = [];
    for (const event of loadDevEvents()) {
      const claims = new Map(goldSentenceClaims(event).map((a) => [a.articleId, a.claims]));
      const analyzed = event.input.articles.map((article) => ({
        article,
        claims: claims.get(article.id) ?? []
      }));
      const result = analyzeClaims(analyzed);
      engine.push(scoreFactsEvent(event, result).align);
      const all = result.articles.flatMap((a) => a.claims.map((c) => c.id));
      const one = { ...result, facts: [{ ...result.facts[0], id: 'g1', claims: all, discrepancies: [] }] };
      lumped.push(scoreFactsEvent(event, one).align);
      // Every claim is in at least one fact (multi-fact claims may also be secondary members of others),
      // and no fact lists a claim twice.
      expect([...new Set(result.facts.flatMap((g) => g.claims))].sort()).toEqual([...all].sort());
      for (const g of result.facts) expect(new Set(g.claims).size).toBe(g.claims.length);
    }
    const f1 = sumPrf(engine).f1;
    console.log(
      `facts-dev align (gold sentences as claims): F1 ${f1.toFixed(3)}, one-fact baseline ${sumPrf(lumped).f1.toFixed(3)}`
    );
    expect(f1).toBeGreaterThan(0.45);
    expect(f1).toBeGreaterThan(sumPrf(lumped).f1 + 0.1);
  });
});
