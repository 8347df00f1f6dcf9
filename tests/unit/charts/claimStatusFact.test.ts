import { describe, it, expect } from 'vitest';
import { alignmentEvidence } from '../../../src/lib/view/alignmentEvidence';
import { describeDiscrepancy } from '../../../src/lib/view/describeDiscrepancy';
import { buildFactView } from '../../../src/lib/view/buildFactView';
import { discrepancyMarks } from '../../../src/lib/view/claimStatusMarks';
import { reportedFacts } from '../../../src/lib/view/claimStatus';
import { buildAnalysisFixtureB, outletName, reports } from '../../fixtures/analysisFixtureB';
import { bareClaim } from '../../fixtures/bareClaim';
import type { AnalysisResult, Discrepancy } from '../../../src/lib/analysis/types';

const fixture = buildAnalysisFixtureB({ outlets: 3, facts: 8 });
const { result, articles } = fixture;

const claim = bareClaim;

describe('describeDiscrepancy', () => {
  it.each([
    [
      'number',
      ['RT', 'Reuters'],
      ['3,000', '2,500'],
      'RT says “3,000”; Reuters says “2,500” — a number discrepancy.'
    ],
    ['date', ['A', 'B'], ['Monday', 'Tuesday'], 'A says “Monday”; B says “Tuesday” — a date discrepancy.'],
    [
      'negation',
      ['A', 'B'],
      ['', 'not'],
      'A says “(nothing)”; B says “not” — one affirms what the other denies.'
    ]
  ] as const)('%s', (type, outlets, values, text) => {
    expect(describeDiscrepancy(type, [...outlets], [...values])).toBe(text);
  });
});

describe('alignmentEvidence', () => {
  const rep = claim({
    entities: [{ text: 'NATO', norm: 'nato', type: 'organization', start: 0, end: 4 }],
    numbers: [{ text: '3,000', value: 3000, approx: false, start: 5, end: 10 }],
    dates: [
      {
        text: 'Monday',
        from: '2024-03-04',
        to: '2024-03-04',
        precision: 'day',
        relative: true,
        start: 0,
        end: 0
      }
    ],
    lemmas: ['flood', 'evacuate', 'town']
  });
  it.each([
    [
      'everything shared',
      claim({
        entities: [{ text: 'the NATO', norm: 'nato', type: 'organization', start: 0, end: 8 }],
        numbers: [{ text: '3000', value: 3000, approx: false, start: 0, end: 4 }],
        dates: [
          {
            text: 'March',
            from: '2024-03-01',
            to: '2024-03-31',
            precision: 'month',
            relative: false,
            start: 0,
            end: 0
          }
        ],
        lemmas: ['evacuate', 'river', 'town', 'town']
      }),
      { entities: ['the NATO'], numbers: ['3000'], dates: ['March'], lemmas: ['evacuate', 'town'] }
    ],
    [
      'nothing shared',
      claim({
        numbers: [{ text: '2,500', value: 2500, approx: false, start: 0, end: 5 }],
        dates: [
          {
            text: 'Tuesday',
            from: '2024-03-05',
            to: '2024-03-05',
            precision: 'day',
            relative: true,
            start: 0,
            end: 0
          }
        ],
        lemmas: ['bridge']
      }),
      { entities: [], numbers: [], dates: [], lemmas: [] }
    ]
  ])('%s', (_, c, expected) => {
    expect(alignmentEvidence(c, rep)).toEqual(expected);
  });
});

describe('discrepancyMarks', () => {
  it('marks both differing numbers inside their claims, with the other value', () => {
    const marks = discrepancyMarks(result);
    const differing = result.facts.filter((g) => g.discrepancies.length);
    expect(differing.length).toBeGreaterThan(0);
    for (const g of differing) {
      const [a, b] = g.discrepancies[0].claims;
      const all = result.articles.flatMap((x) => x.claims);
      const text = (id: string) => {
        const c = all.find((x) => x.id === id)!;
        const art = articles.find((x) => x.id === c.articleId)!;
        return marks[id].map((m) => art.text.slice(m.start, m.end));
      };
      expect(text(a)).toEqual(['3000']);
      expect(text(b)).toEqual(['2500']);
      expect(marks[a][0].other).toBe('2500');
    }
  });
});

describe('buildFactView', () => {
  it.each(reportedFacts(result).map((g) => [g.id]))(
    'fact %s: versions by outlet, absent outlets, words',
    (id) => {
      const view = buildFactView(result, articles, id)!;
      const f = Number(id.slice(1));
      const reporting = [0, 1, 2].filter((o) => reports(f, o)).map(outletName);
      expect(view.outlets.map((o) => o.outlet).sort()).toEqual(reporting.sort());
      expect(view.absent).toEqual([0, 1, 2].filter((o) => !reports(f, o)).map(outletName));
      for (const o of view.outlets) {
        for (const v of o.versions) {
          expect(v.claim.text).toContain(`Fact ${f} `);
          // Context is the neighbouring sentence in the article, never the claim itself.
          expect(v.before).not.toContain(`Fact ${f} `);
          expect(v.evidence === null).toBe(v.representative);
        }
      }
      expect(view.discrepancies.map((d) => d.text)).toEqual(
        view.discrepancies.length ? [expect.stringContaining('— a number discrepancy.')] : []
      );
    }
  );

  it('returns null for an unknown fact', () => {
    expect(buildFactView(result, articles, 'nope')).toBeNull();
  });

  // One toll in three outlets: the first article's headline and lead both give "Four", the radio "Five", and the
  // fact's label (its central claim) is the third outlet's.
  const toll = (() => {
    const texts: [string, string, string][] = [
      ['cp', 'Continental Press', 'Four dead as river floods Kellby. Four people were killed in Kellby.'],
      ['nvr', 'North Valley Radio', 'Five people died in the Kellby flood.'],
      ['vep', 'Valley Evening Post', 'Four people lost their lives in the Kellby flood.']
    ];
    const outletOf = new Map(texts.map(([id, outlet]) => [id, outlet]));
    // [claim id, article, text, start]
    const units = (
      [
        ['cp:0', 'cp', 'Four dead as river floods Kellby.', 0],
        ['cp:1', 'cp', 'Four people were killed in Kellby.', 34],
        ['nvr:0', 'nvr', texts[1][2], 0],
        ['vep:0', 'vep', texts[2][2], 0]
      ] as const
    ).map(([id, articleId, text, start]) =>
      claim({ id, articleId, outlet: outletOf.get(articleId)!, text, start, end: start + text.length })
    );
    const number = (a: string, b: string, values: [string, string]): Discrepancy => ({
      type: 'number',
      claims: [a, b],
      values
    });
    const analysis: AnalysisResult = {
      engine: 'test',
      articles: texts.map(([id, outlet]) => ({
        id,
        outlet,
        claims: units.filter((c) => c.articleId === id)
      })),
      facts: [
        {
          id: 'g1',
          claims: ['cp:1', 'nvr:0', 'vep:0', 'cp:0'],
          label: texts[2][2],
          verdict: 'differ',
          outlets: {
            'Continental Press': 'same',
            'North Valley Radio': 'differ',
            'Valley Evening Post': 'same'
          },
          discrepancies: [
            number('cp:1', 'nvr:0', ['Four', 'Five']),
            number('cp:0', 'nvr:0', ['Four', 'Five']),
            number('nvr:0', 'vep:0', ['Five', 'Four'])
          ],
          cohesion: 0.8
        }
      ],
      outlets: [],
      agreement: [],
      derived: []
    };
    return buildFactView(
      analysis,
      texts.map(([id, outlet, text]) => ({ id, outlet, title: outlet, text })),
      'g1'
    )!;
  })();

  it('compares every version with the claim the label comes from, shown first', () => {
    expect(toll.outlets.map((o) => [o.outlet, o.versions.map((v) => v.representative)])).toEqual([
      ['Valley Evening Post', [true]],
      ['Continental Press', [false, false]],
      ['North Valley Radio', [false]]
    ]);
  });

  it('lists a conflict between two outlets once, however many of their claims repeat it', () => {
    expect(toll.discrepancies.map((d) => d.text)).toEqual([
      'Continental Press says “Four”; North Valley Radio says “Five” — a number discrepancy.',
      'North Valley Radio says “Five”; Valley Evening Post says “Four” — a number discrepancy.'
    ]);
  });
});
