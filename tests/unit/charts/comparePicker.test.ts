import { describe, expect, it } from 'vitest';
import type { AnalysisResult, OutletAgreement } from '../../../src/lib/analysis/types';
import { buildCompareView, type CompareArticle } from '../../../src/lib/view/buildCompareView';

const article = (id: string, outlet: string): CompareArticle => ({
  id,
  outlet,
  title: `${outlet} report`,
  published: null,
  url: null,
  text: ''
});
const ARTICLES = [article('1', 'Alpha'), article('2', 'Beta'), article('3', 'Gamma')];
const pair = (a: string, b: string, shared: number, differ: number): OutletAgreement => ({
  a,
  b,
  shared,
  same: shared - differ,
  partial: 0,
  differ,
  score: (shared - differ) / shared
});
const result = (agreement: OutletAgreement[]): AnalysisResult => ({
  engine: 't',
  articles: [],
  facts: [],
  outlets: [],
  agreement,
  derived: []
});
// Gamma differs most (2 + 1), and most from Alpha.
const DIFFERING = [pair('Alpha', 'Beta', 4, 0), pair('Alpha', 'Gamma', 5, 2), pair('Beta', 'Gamma', 3, 1)];

describe('the outlet picker', () => {
  it.each([
    {
      name: 'nothing asked for: the pair that differs most is ticked',
      agreement: DIFFERING,
      query: '',
      expected: { kind: 'pick', chosen: ['Gamma', 'Alpha'], message: null, suggested: true }
    },
    {
      name: 'nothing asked for and no two outlets share a fact: nothing is ticked',
      agreement: [pair('Alpha', 'Beta', 0, 0)].map((p) => ({ ...p, score: 0 })),
      query: '',
      expected: { kind: 'pick', chosen: [], message: null }
    },
    {
      name: 'an event with one outlet: the picker says another is needed',
      agreement: [],
      query: '',
      articles: [article('1', 'Alpha'), article('2', 'Alpha')],
      expected: {
        kind: 'pick',
        chosen: [],
        message: 'Side by side needs two outlets; this event has articles from Alpha only.'
      }
    },
    {
      name: 'one outlet asked for: it stays ticked and the picker asks for more',
      agreement: DIFFERING,
      query: 'outlets=Beta',
      expected: { kind: 'pick', chosen: ['Beta'], message: 'Choose one or two more outlets to compare with.' }
    }
  ])('$name', ({ agreement, query, articles, expected }) => {
    const view = buildCompareView(
      result(agreement),
      articles ?? ARTICLES,
      new URLSearchParams(query),
      '/events/1/compare'
    );
    expect(view).toMatchObject(expected);
    if (!expected.suggested) expect(view).not.toHaveProperty('suggested');
  });
});
