import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../../src/lib/analysis/alignClaims';
import { Bm25Index } from '../../../src/lib/analysis/bm25';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';
import type { Claim } from '../../../src/lib/analysis/types';

describe('Bm25Index', () => {
  const docs = [
    ['nato', 'delegation', 'albania', 'cyber', 'attack'],
    ['microsoft', 'iranian', 'group', 'attack'],
    ['albania', 'break', 'diplomatic', 'relation', 'tehran'],
    ['border', 'system', 'attack', 'traveler', 'delay']
  ];
  const index = new Bm25Index();
  for (const d of docs) index.add(d);
  const cases: [string[], number][] = [
    [['nato', 'delegation'], 0],
    [['microsoft', 'iranian'], 1],
    [['diplomatic', 'tehran'], 2],
    [['traveler', 'border'], 3]
  ];
  it.each(cases)('query %j finds document %i first', (query, expected) => {
    expect(index.search(query, 2)[0].doc).toBe(expected);
  });
  it('ranks rare terms above common ones and applies the filter', () => {
    expect(index.idf('nato')).toBeGreaterThan(index.idf('attack'));
    expect(index.search(['albania'], 5, (d) => d !== 0).map((h) => h.doc)).toEqual([2]);
  });
});

// Sentences of the seed article (RT, 22 Sep 2022) and independent re-wordings of them by a second "outlet".
const ORIGINAL = [
  'NATO sent a high-level delegation to Albania on Wednesday to help the Balkan country deal with the aftermath of the recent cyberattack.',
  'Microsoft concluded that two Iranian groups sponsored by the Tehran government were behind the attack and a subsequent release of data.',
  'The Albanian government broke off diplomatic relations with Tehran in early September due to an Iranian cyber attack.',
  'This new attack caused difficulties and delays for travelers, according to the Albanian authorities.'
];
const REWORDED = [
  'Tirana cut diplomatic ties with Iran at the start of September over a cyber attack it blamed on Tehran.',
  'Delays for travellers followed the new attack on the border system, Albanian authorities said.',
  'On Wednesday the alliance dispatched a high-level NATO team to Albania to deal with the aftermath of the cyberattack.',
  'According to Microsoft, two Iranian groups backed by the government in Tehran were behind the attack and the data release.'
];
const EXPECTED_MATCH = [2, 3, 0, 1];

function claimsOf(id: string, sentences: string[]): Claim[] {
  return extractClaims({ id, outlet: id, text: sentences.join(' ') }).filter((c) => c.kind === 'claim');
}

describe('alignClaims', () => {
  const a = claimsOf('rt', ORIGINAL);
  const b = claimsOf('other', REWORDED);
  const claims = [...a, ...b];
  const edges = alignClaims(claims);
  const sentenceOf = (c: Claim) =>
    (c.articleId === 'rt' ? ORIGINAL : REWORDED).findIndex((s) => s.includes(c.text.slice(0, 30)));

  it('only links claims of different articles, each pair once', () => {
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(e.a).toBeLessThan(e.b);
      expect(claims[e.a].articleId).not.toBe(claims[e.b].articleId);
    }
    expect(new Set(edges.map((e) => `${e.a}-${e.b}`)).size).toBe(edges.length);
  });

  it.each(REWORDED.map((s, i) => [s, ORIGINAL[EXPECTED_MATCH[i]]]))(
    'best match of "%s" is "%s"',
    (reworded, original) => {
      const i = claims.findIndex((c) => c.articleId === 'other' && reworded.startsWith(c.text.slice(0, 30)));
      expect(i).toBeGreaterThanOrEqual(0);
      const best = edges.filter((e) => e.a === i || e.b === i).sort((x, y) => y.score - x.score)[0];
      const partner = claims[best.a === i ? best.b : best.a];
      expect(ORIGINAL[sentenceOf(partner)]).toBe(original);
    }
  );

  it('is deterministic', () => {
    expect(alignClaims(claims)).toEqual(edges);
  });
});
