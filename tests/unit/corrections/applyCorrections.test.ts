import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../src/lib/analysis/applyCorrections';
import type { Correction } from '../../../src/lib/analysis/corrections';
import type { AnalysisResult } from '../../../src/lib/analysis/types';
import {
  BBC,
  EXPEL_BBC,
  HACK_REUTERS,
  HACK_RT,
  NATO_BBC,
  NATO_RT,
  REUTERS,
  RT,
  SHARE,
  TIES_REUTERS,
  TIES_RT,
  anchor,
  buildResult,
  factAnchors,
  factOfRef,
  ref,
  type FixtureArticle
} from './correctionFixture';

const hackR = ref(REUTERS, HACK_REUTERS);
const tiesR = ref(REUTERS, TIES_REUTERS);
const share = ref(REUTERS, SHARE);
const hackRT = ref(RT, HACK_RT);
const tiesRT = ref(RT, TIES_RT);
const natoRT = ref(RT, NATO_RT);
const natoBBC = ref(BBC, NATO_BBC);
const expel = ref(BBC, EXPEL_BBC);
const TIES_DATE = {
  a: tiesR,
  b: tiesRT,
  type: 'date' as const,
  values: ['September 7', 'September 8'] as [string, string]
};

/** Two runs: before and after BBC's article was added (new claim ids, facts in another order). */
const runs: [string, FixtureArticle[], number][] = [
  ['first run (Reuters, RT)', [REUTERS, RT], 1],
  ['re-analysis with BBC added', [REUTERS, RT, BBC], 2]
];
const analyze = (list: FixtureArticle[], run: number) => buildResult(run, list, [TIES_DATE]);

interface Case {
  name: string;
  correction: Correction;
  check: (result: AnalysisResult) => void;
}

const cases: Case[] = [
  {
    name: 'merge: the hack and ties facts become one fact',
    correction: { id: 'm', kind: 'merge', claims: [hackR, tiesRT] },
    check: (r) => expect(factAnchors(r, hackR)).toEqual([hackR, tiesR, hackRT, tiesRT].map(anchor).sort())
  },
  {
    name: 'split: Reuters’ ties claim leaves the fact',
    correction: { id: 's', kind: 'split', claims: [tiesR] },
    check: (r) => {
      expect(factAnchors(r, tiesR)).toEqual([anchor(tiesR)]);
      expect(factAnchors(r, tiesRT)).toEqual([anchor(tiesRT)]);
      expect(factOfRef(r, tiesR)!.outlets.RT).toBe('absent');
    }
  },
  {
    name: 'move: RT’s NATO claim joins the hack fact',
    correction: { id: 'mv', kind: 'move', claim: natoRT, to: hackR },
    check: (r) => expect(factAnchors(r, hackR)).toEqual([hackR, hackRT, natoRT].map(anchor).sort())
  },
  {
    name: 'move to a new fact: RT’s hack claim stands alone',
    correction: { id: 'mvn', kind: 'move', claim: hackRT, to: null },
    check: (r) => {
      expect(factAnchors(r, hackRT)).toEqual([anchor(hackRT)]);
      expect(factOfRef(r, hackR)!.outlets).toMatchObject({ Reuters: 'same', RT: 'absent' });
    }
  },
  {
    name: 'verdict override: RT agrees on the ties fact after all',
    correction: { id: 'v', kind: 'verdict', claim: tiesR, outlet: 'RT', verdict: 'same' },
    check: (r) => expect(factOfRef(r, tiesR)!.outlets.RT).toBe('same')
  },
  {
    name: 'add discrepancy: the hack fact differs on the target',
    correction: {
      id: 'ad',
      kind: 'add-discrepancy',
      claims: [hackR, hackRT],
      type: 'name',
      values: ['servers', 'systems']
    },
    check: (r) => {
      const g = factOfRef(r, hackR)!;
      expect(g.verdict).toBe('differ');
      expect(g.discrepancies.map((d) => d.values)).toContainEqual(['servers', 'systems']);
      // The outlet against the central claim is the odd one out; the other keeps its verdict.
      expect([g.outlets.Reuters, g.outlets.RT].sort()).toEqual(['differ', 'same']);
    }
  },
  {
    name: 'dismiss discrepancy: the date difference is not one',
    correction: { id: 'dd', kind: 'dismiss-discrepancy', claims: [tiesRT, tiesR], type: 'date' },
    check: (r) => {
      const g = factOfRef(r, tiesR)!;
      expect(g.discrepancies.filter((d) => d.type === 'date')).toEqual([]);
      expect(g.verdict).not.toBe('differ');
    }
  },
  {
    name: 'claim-kind: the share line is a claim (its own fact)',
    correction: { id: 'k1', kind: 'claim-kind', claim: share, to: 'claim' },
    check: (r) => {
      expect(factAnchors(r, share)).toEqual([anchor(share)]);
      expect(r.outlets.find((o) => o.outlet === 'Reuters')!.nonClaims).toBe(0);
    }
  },
  {
    name: 'claim-kind: Reuters’ hack sentence is not a claim',
    correction: { id: 'k2', kind: 'claim-kind', claim: hackR, to: 'non-claim' },
    check: (r) => {
      expect(factAnchors(r, hackR)).toEqual([]);
      expect(factAnchors(r, hackRT)).toEqual([anchor(hackRT)]);
    }
  },
  {
    name: 'span fix: RT’s NATO claim ends before "to Tirana"',
    correction: {
      id: 'sp',
      kind: 'span',
      claim: natoRT,
      start: natoRT.start,
      end: natoRT.start + 'NATO sent a delegation of cyber experts'.length,
      text: 'NATO sent a delegation of cyber experts'
    },
    check: (r) => {
      const claim = r.articles[1].claims.find((c) => c.start === natoRT.start)!;
      expect(claim.text).toBe('NATO sent a delegation of cyber experts');
      expect(claim.entities.every((e) => e.start >= claim.start && e.end <= claim.end)).toBe(true);
      expect(factOfRef(r, { ...natoRT, end: claim.end })!.label).toBe(claim.text);
    }
  }
];

describe.each(runs)('applyCorrections on the %s', (_name, list, run) => {
  it.each(cases)('$name', ({ correction, check }) => {
    const { result, applied, stale } = applyCorrections(analyze(list, run), [correction]);
    expect(stale).toEqual([]);
    expect(applied).toEqual([correction.id]);
    check(result);
  });
});

describe('applyCorrections across re-analysis', () => {
  const corrections: Correction[] = [
    { id: 'c1', kind: 'split', claims: [tiesR] },
    { id: 'c2', kind: 'merge', claims: [tiesR, hackR] },
    { id: 'c3', kind: 'verdict', claim: hackRT, outlet: 'RT', verdict: 'partial' }
  ];
  it.each(runs)('all corrections hold on the %s', (_name, list, run) => {
    const { result, applied, stale } = applyCorrections(analyze(list, run), corrections);
    expect(stale).toEqual([]);
    expect(applied.sort()).toEqual(['c1', 'c2', 'c3']);
    expect(factAnchors(result, hackR)).toEqual([hackR, tiesR, hackRT].map(anchor).sort());
    expect(factAnchors(result, tiesRT)).toEqual([anchor(tiesRT)]);
    expect(factOfRef(result, hackRT)!.outlets.RT).toBe('partial');
  });

  it('merges the NATO facts once BBC’s article is there, and leaves unrelated facts as the engine made them', () => {
    const engine = analyze([REUTERS, RT, BBC], 2);
    const { result } = applyCorrections(engine, [{ id: 'n', kind: 'merge', claims: [natoRT, natoBBC] }]);
    expect(factAnchors(result, natoRT)).toEqual([natoRT, natoBBC].map(anchor).sort());
    const verdicts = factOfRef(result, natoRT)!.outlets;
    expect([verdicts.RT, verdicts.BBC].sort()).toEqual(['same', 'same']);
    expect(verdicts.Reuters).toBe('absent');
    expect(factOfRef(result, expel)).toBe(factOfRef(engine, expel));
    expect(result.facts).toHaveLength(engine.facts.length - 1);
    const pair = result.agreement.find((a) => [a.a, a.b].sort().join() === 'BBC,RT')!;
    expect(pair.shared).toBe(1);
  });

  it('returns the engine result untouched when there is nothing to apply', () => {
    const engine = analyze([REUTERS, RT], 1);
    expect(applyCorrections(engine, []).result).toBe(engine);
  });
});

describe('stale corrections', () => {
  const changedReuters: FixtureArticle = {
    ...REUTERS,
    sentences: [['hack', 'Breaking: ' + HACK_REUTERS[1]], TIES_REUTERS]
  };
  const cases: { name: string; list: FixtureArticle[]; correction: Correction; reason: RegExp }[] = [
    {
      name: 'the article was removed',
      list: [REUTERS],
      correction: { id: 'x', kind: 'merge', claims: [hackR, tiesRT] },
      reason: /Article 2 is no longer in the event/
    },
    {
      name: 'the article text changed under the span',
      list: [changedReuters, RT],
      correction: { id: 'x', kind: 'move', claim: hackR, to: null },
      reason: /no sentence at 0-/
    },
    {
      name: 'a grouping names a non-claim',
      list: [REUTERS, RT],
      correction: { id: 'x', kind: 'merge', claims: [share, hackRT] },
      reason: /non-claim/
    },
    {
      name: 'a discrepancy between claims of different facts',
      list: [REUTERS, RT],
      correction: {
        id: 'x',
        kind: 'add-discrepancy',
        claims: [hackR, tiesRT],
        type: 'date',
        values: ['July', 'September']
      },
      reason: /no longer in the same fact/
    },
    {
      name: 'a verdict for an outlet no longer in the event',
      list: [REUTERS, BBC],
      correction: { id: 'x', kind: 'verdict', claim: hackR, outlet: 'RT', verdict: 'same' },
      reason: /RT/
    },
    {
      name: 'a span fix whose text does not fit the span',
      list: [REUTERS, RT],
      correction: { id: 'x', kind: 'span', claim: hackR, start: 0, end: 5, text: 'Iranian' },
      reason: /does not match/
    }
  ];
  it.each(cases)('$name', ({ list, correction, reason }) => {
    const engine = analyze(list, 3);
    const { result, applied, stale } = applyCorrections(engine, [correction]);
    expect(applied).toEqual([]);
    expect(stale).toHaveLength(1);
    expect(stale[0].id).toBe('x');
    expect(stale[0].reason).toMatch(reason);
    expect(result.facts.map((g) => g.claims)).toEqual(engine.facts.map((g) => g.claims));
  });

  it('applies the rest when one correction is stale', () => {
    const { applied, stale } = applyCorrections(analyze([REUTERS, RT], 1), [
      { id: 'gone', kind: 'move', claim: natoBBC, to: null },
      { id: 'ok', kind: 'move', claim: natoRT, to: hackR }
    ]);
    expect(applied).toEqual(['ok']);
    expect(stale.map((s) => s.id)).toEqual(['gone']);
  });
});

describe('articles removed since the run', () => {
  it('leaves them out at once: their claims leave their facts, which are re-derived', () => {
    const engine = analyze([REUTERS, RT], 1);
    const { result, stale } = applyCorrections(
      engine,
      [{ id: 'm', kind: 'merge', claims: [natoRT, hackR] }],
      {
        articles: new Set(['1'])
      }
    );
    expect(result.articles.map((a) => a.id)).toEqual(['1']);
    expect(factAnchors(result, hackR)).toEqual([anchor(hackR)]);
    expect(result.facts.flatMap((g) => Object.keys(g.outlets))).not.toContain('RT');
    expect(result.outlets.map((o) => o.outlet)).toEqual(['Reuters']);
    expect(stale).toEqual([{ id: 'm', reason: 'Article 2 is no longer in the event.' }]);
  });

  it('changes nothing when every article is still there', () => {
    const engine = analyze([REUTERS, RT], 1);
    expect(applyCorrections(engine, [], { articles: new Set(['1', '2']) }).result).toBe(engine);
  });
});
