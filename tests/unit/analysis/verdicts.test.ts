import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { applyCorrections } from '../../../src/lib/analysis/applyCorrections';
import { ALIGN_MODEL } from '../../../src/lib/analysis/alignModel';
import { deriveVerdicts, sameCoverageOf } from '../../../src/lib/analysis/deriveFact';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';
import { factVerdicts, oddOutlets } from '../../../src/lib/analysis/verdicts';
import type { ArticleInput, Claim, Discrepancy, Verdict } from '../../../src/lib/analysis/types';

// Three outlets on the 2022 NATO delegation to Albania: the seed's sentences (RT), a close re-wording with a
// changed number and a hedge, and a short report that leaves most facts out.
const RT: ArticleInput = {
  id: 'rt',
  outlet: 'RT',
  text: [
    'NATO sent a high-level delegation to Albania on Wednesday to help the Balkan country deal with the aftermath of the recent cyberattack.',
    'Microsoft concluded that two Iranian groups sponsored by the Tehran government were behind the attack and a subsequent release of data.',
    'This new attack caused difficulties and delays for travelers, according to the Albanian authorities.'
  ].join(' ')
};
const WIRE: ArticleInput = {
  id: 'wire',
  outlet: 'Wire',
  text: [
    'NATO sent a high-level delegation to Albania on Wednesday to help the Balkan country deal with the aftermath of the recent cyberattack.',
    'Microsoft said three Iranian groups sponsored by the Tehran government were behind the attack and a subsequent release of data.',
    'The new attack caused difficulties and delays for travelers at the border, the Albanian authorities said.'
  ].join(' ')
};
const BRIEF: ArticleInput = {
  id: 'brief',
  outlet: 'Brief',
  text: 'NATO sent a high-level delegation to Albania on Wednesday to help the Balkan country deal with the aftermath of the recent cyberattack.'
};
const EVENT = { event: { title: 'NATO delegation to Albania' }, articles: [RT, WIRE, BRIEF] };

function factWith(result: ReturnType<typeof analyzeEvent>, fragment: string, outlet: string) {
  const claim = result.articles
    .flatMap((a) => a.claims)
    .find((c) => c.outlet === outlet && c.text.includes(fragment));
  expect(claim, `claim "${fragment}" of ${outlet}`).toBeDefined();
  return result.facts.find((g) => g.claims.includes(claim!.id))!;
}

describe('analyzeEvent verdicts', () => {
  const result = analyzeEvent(EVENT);

  // Each outlet's accepted verdicts ("at the border" is a small added detail: same or partial).
  const cases: [string, string, Record<string, string | string[]>][] = [
    ['NATO sent a high-level delegation', 'RT', { RT: 'same', Wire: 'same', Brief: 'same' }],
    // Two outlets with different numbers: the one against the central claim differs (checked below).
    ['Iranian groups sponsored', 'RT', { RT: ['same', 'differ'], Wire: ['same', 'differ'], Brief: 'absent' }],
    ['delays for travelers', 'RT', { RT: 'same', Wire: ['same', 'partial'], Brief: 'absent' }]
  ];
  it.each(cases)('fact "%s" (%s) has verdicts %j', (fragment, outlet, expected) => {
    const fact = factWith(result, fragment, outlet);
    for (const [o, v] of Object.entries(expected)) expect([v].flat(), o).toContain(fact.outlets[o]);
  });

  it('names both claims and values of the number discrepancy', () => {
    const fact = factWith(result, 'Iranian groups sponsored', 'RT');
    expect(fact.verdict).toBe('differ');
    expect([fact.outlets.RT, fact.outlets.Wire].sort()).toEqual(['differ', 'same']);
    const d = fact.discrepancies.find((x) => x.type === 'number');
    expect(d).toBeDefined();
    expect([...d!.values].sort()).toEqual(['three', 'two']);
    const owners = d!.claims
      .map((id) => result.articles.find((a) => a.claims.some((c) => c.id === id))!.outlet)
      .sort();
    expect(owners).toEqual(['RT', 'Wire']);
  });

  it('numbers facts g1.. by first appearance, one fact per claim', () => {
    expect(result.facts.map((g) => g.id)).toEqual(result.facts.map((_, i) => `g${i + 1}`));
    const claimIds = result.articles.flatMap((a) =>
      a.claims.filter((c) => c.kind === 'claim').map((c) => c.id)
    );
    const grouped = result.facts.flatMap((g) => g.claims);
    expect([...grouped].sort()).toEqual([...claimIds].sort());
    const firstIndex = result.facts.map((g) => Math.min(...g.claims.map((id) => claimIds.indexOf(id))));
    expect(firstIndex).toEqual([...firstIndex].sort((a, b) => a - b));
  });

  it("lists the brief outlet's omissions, most reported first, and scores agreement", () => {
    const brief = result.outlets.find((o) => o.outlet === 'Brief')!;
    expect(brief.omissions.length).toBeGreaterThanOrEqual(2);
    const counts = brief.omissions.map((o) => o.reportedBy);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(2);
    const rtWire = result.agreement.find((a) => a.a === 'RT' && a.b === 'Wire')!;
    expect(rtWire.shared).toBe(3);
    expect(rtWire.differ).toBeGreaterThanOrEqual(1);
    expect(rtWire.score).toBeCloseTo((rtWire.same + 0.5 * rtWire.partial) / rtWire.shared, 10);
    const rtBrief = result.agreement.find((a) => a.a === 'RT' && a.b === 'Brief')!;
    expect(rtBrief).toMatchObject({ shared: 1, same: 1, score: 1 });
  });

  it('profiles certainty and sources per outlet', () => {
    const wire = result.outlets.find((o) => o.outlet === 'Wire')!;
    expect(wire.claims).toBeGreaterThanOrEqual(3);
    expect(Object.values(wire.certainty).reduce((a, b) => a + b, 0)).toBe(wire.claims);
    expect(wire.sources.map((s) => s.source.toLowerCase()).join(' ')).toContain('microsoft');
  });

  it('is deterministic and reuses unchanged articles incrementally', () => {
    expect(analyzeEvent(EVENT)).toEqual(result);
    const changed = {
      ...BRIEF,
      text: BRIEF.text + ' Albania is a member of the western defense alliance NATO.'
    };
    const next = analyzeEvent({ ...EVENT, articles: [RT, WIRE, changed] }, { previous: result });
    expect(next.articles[0].claims).toBe(result.articles[0].claims);
    expect(next.articles[2].claims).not.toBe(result.articles[2].claims);
    expect(next).toEqual(analyzeEvent({ ...EVENT, articles: [RT, WIRE, changed] }));
  });
});

describe('deriveVerdicts: certainty', () => {
  // The same report, asserted by two outlets and hedged by a third: no conflict, but not "the same" either.
  const text = (outlet: string, sentence: string): ArticleInput => ({ id: outlet, outlet, text: sentence });
  const result = analyzeEvent({
    event: { title: 'crash' },
    articles: [
      text('A', 'The driver was drunk when he struck the woman on 117th Street, police said.'),
      text('B', 'The driver was drunk when he struck the woman on 117th Street, police said.'),
      text('C', 'The driver may have been drunk when he struck the woman on 117th Street, police said.')
    ]
  });
  it('gives the hedging outlet partial, the asserting ones same', () => {
    const fact = result.facts.find((g) => g.claims.length === 3);
    expect(fact).toBeDefined();
    expect(fact!.discrepancies).toEqual([]);
    expect(fact!.outlets).toEqual({ A: 'same', B: 'same', C: 'partial' });
    expect(fact!.verdict).toBe('partial');
  });
});

describe('deriveVerdicts: the same as what the central outlet says', () => {
  // The central claim is outlet A's headline. An outlet says the same when one of its claims covers, both ways, at
  // least the alignment model's bound (ALIGN_MODEL.thresholds.sameCoverage, fitted on facts-dev's values) of what
  // one of A's claims of the fact says; a claim that shares little of it says it only partly.
  const claimOf = (outlet: string, text: string) =>
    extractClaims({ id: outlet + text.length, outlet, text }).find((c) => c.kind === 'claim')!;
  const headline = claimOf('A', 'Four dead as river floods Kellby');
  const body =
    'Four people were killed when the Aven river burst its banks in Kellby on Tuesday night, police said.';
  const cases: [string, string, number, Verdict][] = [
    ["the same sentence as the central outlet's body", body, 1, 'same'],
    [
      'the same toll of the same flood, in fewer words',
      'Four people died in the Kellby flood, police said.',
      0.678,
      'same'
    ],
    ['the toll alone', 'Four people were killed, police said.', 0.331, 'same'],
    ['the same toll, hedged', 'Four people may have died in the Kellby flood, police said.', -1, 'partial'],
    [
      'another detail of the flood',
      'Rain had fallen for three days before the river rose.',
      0.195,
      'partial'
    ],
    ['hardly any of it', 'Police said the town had been warned on Monday.', 0.051, 'partial']
  ];
  it.each(cases)('%s: coverage %d, %s', (_case, text, coverage, verdict) => {
    const said = [headline, claimOf('A', body)];
    const claim = claimOf('B', text);
    expect(Math.round(sameCoverageOf(claim, said) * 1000) / 1000).toBe(coverage);
    const { outlets } = deriveVerdicts([...said, claim], headline, [], ['A', 'B', 'C']);
    expect(outlets).toEqual({ A: 'same', B: verdict, C: 'absent' });
  });
  it('reads the bound from the alignment model unless given one', () => {
    expect(ALIGN_MODEL.thresholds.sameCoverage).toBe(0.25);
    const members = [headline, claimOf('A', body), claimOf('B', 'Four people were killed, police said.')];
    expect(deriveVerdicts(members, headline, [], ['A', 'B'], undefined, 0.4).outlets.B).toBe('partial');
  });
});

/** An event of one-sentence articles by outlets A, B, C... in order (article ids a0, a1...). */
const outletsSay = (texts: string[]) =>
  analyzeEvent({
    event: { title: 'Flood' },
    articles: texts.map((text, i) => ({ id: `a${i}`, outlet: String.fromCharCode(65 + i), text }))
  });

describe('analyzeEvent: a fact is not labelled with the odd one out', () => {
  // A's sentence is the most central (it shares "Tuesday night" with B and "police said" with C), but its toll is
  // the one both others contradict: the label and the yardstick of "same" come from the majority.
  const texts = [
    'Five people died in the flood in Kellby on Tuesday night, police said.',
    'Four people died in the flood in Kellby on Tuesday night.',
    'Four people died in the flood in Kellby, police said.'
  ];
  const result = outletsSay(texts);
  it('labels the toll with a majority claim; the odd outlet differs, the others are the same', () => {
    expect(result.facts).toHaveLength(1);
    expect(result.facts[0].label).toBe('Four people died in the flood in Kellby on Tuesday night.');
    expect(result.facts[0].outlets).toEqual({ A: 'differ', B: 'same', C: 'same' });
  });
});

describe('the odd one out among outlets that state the value', () => {
  // A's toll is the one both others that give a toll contradict; D and E report the deaths without a toll, which
  // fits the majority's (they are the same as its claim at the fitted bound). A's sentence is the most central,
  // and A is not against most of the four others: only those that take sides vote.
  const texts = [
    'Five people died in the flood in Kellby on Tuesday night, police said.',
    'Four people died in Kellby.',
    'Four people died in Kellby.',
    'People died in the flood in Kellby on Tuesday night, police said.',
    'People died when the flood hit Kellby.'
  ];
  const result = outletsSay(texts);
  const toll = result.facts.find((f) => f.claims.includes('a0:c0'))!;
  it('labels the toll with a majority claim; only the odd outlet differs', () => {
    expect(toll.label).toBe('Four people died in Kellby.');
    expect(toll.outlets).toEqual({ A: 'differ', B: 'same', C: 'same', D: 'same', E: 'same' });
  });
  it('is not labelled with the odd one out after a correction either (centralClaim, the same rule)', () => {
    // Here the pair model ranks A's sentence first once D's leaves the fact.
    const other = outletsSay([
      ...texts.slice(0, 3),
      'The flood in Kellby on Tuesday night, police said, was the worst in years.',
      'Kellby flood victims were named on Wednesday.'
    ]);
    const d = other.articles[3].claims[0];
    const { result: corrected } = applyCorrections(other, [
      { id: 's', kind: 'split', claims: [{ articleId: 'a3', start: d.start, end: d.end }] }
    ]);
    const fact = corrected.facts.find((f) => f.claims.includes('a0:c0'))!;
    expect(fact.claims).toEqual(['a0:c0', 'a1:c0', 'a2:c0', 'a4:c0']);
    expect(fact.label).toBe('Four people died in Kellby.');
    expect(fact.outlets).toEqual({ A: 'differ', B: 'same', C: 'same', D: 'absent', E: 'same' });
  });
});

describe('oddOutlets', () => {
  const cases: [string, string[], string, [string, string][], string[]][] = [
    ['two outlets: the one against the central claim', ['A', 'B'], 'A', [['A', 'B']], ['B']],
    [
      'three: the one against both',
      ['A', 'B', 'C'],
      'A',
      [
        ['A', 'C'],
        ['B', 'C']
      ],
      ['C']
    ],
    [
      'three: the central one against both',
      ['A', 'B', 'C'],
      'A',
      [
        ['A', 'B'],
        ['A', 'C']
      ],
      ['A']
    ],
    [
      'four split two and two: no majority, the two against the central one',
      ['A', 'B', 'C', 'D'],
      'A',
      [
        ['A', 'C'],
        ['A', 'D'],
        ['B', 'C'],
        ['B', 'D']
      ],
      ['C', 'D']
    ],
    [
      'two say five, one two, one three (and one silent): the two lone values',
      ['A', 'B', 'C', 'D', 'E'],
      'E',
      [
        ['A', 'C'],
        ['A', 'D'],
        ['B', 'C'],
        ['B', 'D'],
        ['C', 'D']
      ],
      ['C', 'D']
    ],
    ['no discrepancy: none', ['A', 'B', 'C'], 'A', [], []],
    // Outlets that report the fact without the disputed value take no side: D and E below.
    [
      'the central one against two, two silent: the central one',
      ['A', 'B', 'C', 'D', 'E'],
      'A',
      [
        ['A', 'B'],
        ['A', 'C']
      ],
      ['A']
    ],
    [
      'one against two others, two silent: that one',
      ['A', 'B', 'C', 'D', 'E'],
      'B',
      [
        ['A', 'B'],
        ['A', 'C']
      ],
      ['A']
    ],
    [
      'one against the central one, two silent: no majority, the one',
      ['A', 'B', 'C', 'D'],
      'A',
      [['A', 'B']],
      ['B']
    ]
  ];
  it.each(cases)('%s', (_, reporting, central, pairs, expected) => {
    expect([...oddOutlets(reporting, central, pairs)].sort()).toEqual(expected);
  });
});

describe('factVerdicts', () => {
  const claim = (id: string, outlet: string): Claim =>
    ({ id, outlet, articleId: outlet, text: id, kind: 'claim' }) as unknown as Claim;
  const [a, b, c] = [claim('a', 'A'), claim('b', 'B'), claim('c', 'C')];
  const cases: {
    name: string;
    discrepancies: Discrepancy[];
    same: string[];
    expected: Record<string, string>;
    verdict: string;
  }[] = [
    {
      name: 'all agree',
      discrepancies: [],
      same: ['a', 'b', 'c'],
      expected: { A: 'same', B: 'same', C: 'same', D: 'absent' },
      verdict: 'same'
    },
    {
      name: 'one adds detail',
      discrepancies: [],
      same: ['a', 'b'],
      expected: { A: 'same', B: 'same', C: 'partial' },
      verdict: 'partial'
    },
    {
      name: 'one outlet has another value than the central one: only it differs',
      discrepancies: [{ type: 'number', claims: ['a', 'c'], values: ['two', 'three'] }],
      same: ['a', 'b', 'c'],
      expected: { A: 'same', B: 'same', C: 'differ' },
      verdict: 'differ'
    },
    {
      name: 'the odd one out differs from both others',
      discrepancies: [
        { type: 'number', claims: ['a', 'c'], values: ['two', 'three'] },
        { type: 'number', claims: ['b', 'c'], values: ['two', 'three'] }
      ],
      same: ['a', 'b', 'c'],
      expected: { A: 'same', B: 'same', C: 'differ' },
      verdict: 'differ'
    },
    {
      name: 'the central outlet is the odd one out: it differs, the majority does not',
      discrepancies: [
        { type: 'number', claims: ['a', 'b'], values: ['two', 'three'] },
        { type: 'number', claims: ['a', 'c'], values: ['two', 'three'] }
      ],
      same: ['a', 'b', 'c'],
      expected: { A: 'differ', B: 'same', C: 'same' },
      verdict: 'differ'
    }
  ];
  it.each(cases)('$name', ({ discrepancies, same, expected, verdict }) => {
    const out = factVerdicts([a, b, c], a, discrepancies, ['A', 'B', 'C', 'D'], (x) => same.includes(x.id));
    for (const [o, v] of Object.entries(expected)) expect(out.outlets[o]).toBe(v);
    expect(out.verdict).toBe(verdict);
  });
});
