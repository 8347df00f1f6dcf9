import { describe, expect, it } from 'vitest';
import {
  alignClaims,
  claimAffinity,
  claimPairScore,
  claimProfile
} from '../../../src/lib/analysis/alignClaims';
import { Bm25Index } from '../../../src/lib/analysis/bm25';
import { EventAffinity } from '../../../src/lib/analysis/eventAffinity';
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

describe('EventAffinity (the fast path alignClaims uses) equals claimAffinity to the bit', () => {
  const original = claimsOf('rt', ORIGINAL);
  const reworded = claimsOf('other', REWORDED);
  const odd = claimsOf('odd', [
    'Yes.',
    'The attack, the attack and the attack again: attack after attack on Albania.',
    'Officials said the hackers assaulted government servers and the state computer systems.'
  ]);
  const cases: [string, Claim[]][] = [
    ['an article and its rewording', [...original, ...reworded]],
    ['in the other order', [...reworded, ...original]],
    ['with repeated words, synonyms and a sentence without content words', [...original, ...odd, ...reworded]]
  ];
  it.each(cases)('%s', (_, claims) => {
    const index = new Bm25Index();
    for (const c of claims) index.add(claimProfile(c).lemmas);
    const idf = (lemma: string) => 1 + index.idf(lemma);
    const fast = new EventAffinity(idf);
    let compared = 0;
    for (const a of claims)
      for (const b of claims) {
        if (a === b) continue;
        const p = claimPairScore(a, b);
        const expected = claimAffinity(p, claimProfile(a), claimProfile(b), idf);
        // Twice: the second time from the remembered overlap.
        expect(fast.affinity(p, claimProfile(a), claimProfile(b))).toBe(expected);
        expect(fast.affinity(p, claimProfile(a), claimProfile(b))).toBe(expected);
        compared++;
      }
    expect(compared).toBeGreaterThan(50);
  });
});
