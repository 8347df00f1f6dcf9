// The compare view's correction panel data: the selected claim, the claim of another column it is related to,
// its fact, the compared outlets' verdicts and the discrepancies it is part of.
import { describe, expect, it } from 'vitest';
import { compareSelection, pickerClaims } from '../../../src/lib/view/compareSelection';
import {
  anchor,
  buildResult,
  HACK_REUTERS,
  HACK_RT,
  ref,
  REUTERS,
  RT,
  SHARE,
  TIES_REUTERS,
  TIES_RT,
  NATO_RT
} from './correctionFixture';

const result = buildResult(
  1,
  [REUTERS, RT],
  [
    {
      a: ref(REUTERS, TIES_REUTERS),
      b: ref(RT, TIES_RT),
      type: 'date',
      values: ['September 7', 'September 8']
    }
  ]
);
const columns = [REUTERS, RT].map((a) => ({
  outlet: a.outlet,
  claims: result.articles.find((x) => x.id === a.id)!.claims
}));
const at = (article: typeof REUTERS, s: typeof HACK_REUTERS) => anchor(ref(article, s));

describe('compareSelection', () => {
  const cases: {
    name: string;
    claim: string | null;
    other: string | null;
    expect: (s: ReturnType<typeof compareSelection>) => void;
  }[] = [
    { name: 'nothing selected', claim: null, other: null, expect: (s) => expect(s).toBeNull() },
    { name: 'an unknown anchor', claim: '9:0-5', other: null, expect: (s) => expect(s).toBeNull() },
    {
      name: 'a claim alone: its fact, both outlets’ verdicts, the discrepancies it is part of',
      claim: at(REUTERS, TIES_REUTERS),
      other: null,
      expect: (s) => {
        expect(s!.claim).toMatchObject({ outlet: 'Reuters', column: 0, kind: 'claim' });
        expect(s!.claim.fact?.anchor).toBe(at(REUTERS, TIES_REUTERS));
        expect(s!.other).toBeNull();
        expect(s!.verdicts.map((v) => v.name)).toEqual(['Reuters', 'RT']);
        expect(s!.discrepancies).toEqual([
          {
            type: 'date',
            claims: [at(REUTERS, TIES_REUTERS), at(RT, TIES_RT)],
            values: ['September 7', 'September 8']
          }
        ]);
        expect(s!.factClaims.map((c) => c.ref)).toEqual([at(REUTERS, TIES_REUTERS), at(RT, TIES_RT)]);
        // Every other fact, not its own.
        expect(s!.facts.map((g) => g.claim)).not.toContain(at(REUTERS, TIES_REUTERS));
        expect(s!.facts).toHaveLength(result.facts.length - 1);
      }
    },
    {
      name: 'related to a claim of the same fact in the other column',
      claim: at(RT, TIES_RT),
      other: at(REUTERS, TIES_REUTERS),
      expect: (s) => {
        expect(s!.other?.outlet).toBe('Reuters');
        expect(s!.sameFact).toBe(true);
        expect(s!.discrepancies).toHaveLength(1);
      }
    },
    {
      name: 'related to a claim of another fact: no discrepancy between them yet',
      claim: at(RT, NATO_RT),
      other: at(REUTERS, HACK_REUTERS),
      expect: (s) => {
        expect(s!.sameFact).toBe(false);
        expect(s!.other?.fact?.anchor).toBe(at(REUTERS, HACK_REUTERS));
        expect(s!.discrepancies).toEqual([]);
      }
    },
    {
      name: 'a claim of the same column is not a relation',
      claim: at(RT, HACK_RT),
      other: at(RT, TIES_RT),
      expect: (s) => expect(s!.other).toBeNull()
    },
    {
      name: 'a non-claim: no fact, no verdicts',
      claim: at(REUTERS, SHARE),
      other: at(RT, TIES_RT),
      expect: (s) => {
        expect(s!.claim).toMatchObject({ kind: 'non-claim', fact: null });
        expect(s!.verdicts).toEqual([]);
        expect(s!.factClaims).toEqual([]);
      }
    }
  ];
  it.each(cases)('$name', (c) => c.expect(compareSelection(result, columns, c.claim, c.other)));

  it('the picker lists every sentence of the columns, non-claims marked', () => {
    const options = pickerClaims(columns);
    expect(options).toHaveLength(6);
    expect(options.find((o) => o.ref === at(REUTERS, SHARE))).toMatchObject({
      column: 0,
      kind: 'non-claim',
      label: '(not a claim) Share this article.'
    });
  });
});
