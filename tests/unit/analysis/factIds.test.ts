import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { assignFactIds, centralKey, previousFactIds } from '../../../src/lib/analysis/factIds';
import type { AnalysisResult, ArticleInput, Claim, Fact } from '../../../src/lib/analysis/types';

describe('assignFactIds', () => {
  const claim = (articleId: string, text: string) => ({ articleId, text }) as Claim;
  const [x, y, z] = [claim('a', 'X.'), claim('b', 'Y.'), claim('c', 'Z.')];
  const byCentral = new Map([
    [centralKey(x), 'g4'],
    [centralKey(y), 'g2']
  ]);
  it.each([
    ['surviving centrals keep their ids, new ones count on after the largest', [y, z, x], ['g2', 'g5', 'g4']],
    ['a vanished fact leaves its id unused', [z, x], ['g5', 'g4']],
    ['without a previous result the ids are g1.. in order', [x, y], ['g1', 'g2']]
  ])('%s', (_, centrals, expected) => {
    const ids = expected[0] === 'g1' ? { byCentral: new Map(), next: 1 } : { byCentral, next: 5 };
    expect(assignFactIds(centrals as Claim[], ids)).toEqual(expected);
  });
});

describe('previousFactIds', () => {
  // The label names a text, not a claim: when two articles carry the central sentence word for word, either one
  // may have been central, and the one chosen next time keeps the id.
  const claim = (id: string, articleId: string, text: string) => ({ id, articleId, text }) as Claim;
  const same = 'Four people died in the flood.';
  const claims = [claim('a:c0', 'a', same), claim('b:c0', 'b', same), claim('c:c0', 'c', 'Four died.')];
  const fact = (secondary?: string[]) =>
    ({ id: 'g3', label: same, claims: claims.map((c) => c.id), ...(secondary ? { secondary } : {}) }) as Fact;
  const result = (f: Fact) =>
    ({
      facts: [f],
      articles: ['a', 'b', 'c'].map((id) => ({ id, claims: claims.filter((c) => c.articleId === id) }))
    }) as unknown as AnalysisResult;
  it.each([
    ['both members of the label text keep the id', fact(), ['g3', 'g3', undefined]],
    ['a secondary member does not', fact(['b:c0']), ['g3', undefined, undefined]]
  ])('%s', (_, f, expected) => {
    const { byCentral, next } = previousFactIds(result(f));
    expect(claims.map((c) => byCentral.get(centralKey(c)))).toEqual(expected);
    expect(next).toBe(4);
  });
});

describe('a fact keeps its id across re-analysis while its central claim survives', () => {
  const article = (id: string, outlet: string, text: string): ArticleInput => ({ id, outlet, text });
  const A = article('a', 'A', 'The dam at Kellby burst on Monday. Four people were killed in the flood.');
  const B = article(
    'b',
    'B',
    'Four people died when the Kellby dam burst on Monday. The mayor ordered an evacuation.'
  );
  const C = article(
    'c',
    'C',
    'The mayor of Kellby ordered the evacuation of the valley after the dam burst.'
  );
  const D = article('d', 'D', 'Rescue teams searched the river banks below Kellby for survivors on Tuesday.');
  const labelOf = (r: AnalysisResult, fragment: string) =>
    r.facts.find((g) => g.label.includes(fragment))?.id;

  it('adding an article keeps every id whose fact is still there', () => {
    const before = analyzeEvent({ event: { title: 'dam' }, articles: [A, B] });
    const after = analyzeEvent({ event: { title: 'dam' }, articles: [D, A, B, C] }, { previous: before });
    for (const g of before.facts) {
      const same = after.facts.find((h) => h.label === g.label);
      if (same) expect(same.id).toBe(g.id);
    }
    const before_max = Math.max(...before.facts.map((g) => Number(g.id.slice(1))));
    for (const g of after.facts)
      if (!before.facts.some((h) => h.id === g.id)) expect(Number(g.id.slice(1))).toBeGreaterThan(before_max);
    expect(labelOf(after, 'Rescue teams')).toBeDefined();
  });

  it('removing the article that held a fact never gives its id to another fact', () => {
    const before = analyzeEvent({ event: { title: 'dam' }, articles: [A, B, D] });
    const gone = labelOf(before, 'Rescue teams')!;
    const after = analyzeEvent({ event: { title: 'dam' }, articles: [A, B] }, { previous: before });
    expect(after.facts.map((g) => g.id)).not.toContain(gone);
  });
});
