// Claims that count different outcomes (a toll, an evacuation) state different facts: no alignment edge, so an
// evacuation is never listed as "also mentions" under the toll.
import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';
import { countedOutcomes, reportOtherOutcomes } from '../../../src/lib/analysis/reportOtherOutcomes';

const claimOf = (text: string) =>
  extractClaims({ id: 'a', outlet: 'a', text }).find((c) => c.kind === 'claim')!;

describe('countedOutcomes', () => {
  it.each([
    ['Four people were killed when the river burst its banks.', ['death']],
    ['Some 1,500 people were evacuated from the lower town.', ['evacuation']],
    ['Four people died and 1,200 residents were evacuated.', ['death', 'evacuation']],
    ['The river peaked at 5.8 metres shortly after midnight.', []],
    ['Two bridges were closed to traffic.', []]
  ])('%s', (text, outcomes) => {
    expect([...countedOutcomes(claimOf(text))].sort()).toEqual(outcomes);
  });
});

describe('reportOtherOutcomes', () => {
  const set = (...xs: string[]) => new Set(xs);
  it.each([
    { a: set('death'), b: set('evacuation'), other: true },
    { a: set('death'), b: set('death'), other: false },
    { a: set('death', 'evacuation'), b: set('evacuation'), other: false },
    // A claim that counts no outcome may state any fact.
    { a: set(), b: set('death'), other: false },
    { a: set(), b: set(), other: false }
  ])('$a / $b: $other', ({ a, b, other }) => {
    expect(reportOtherOutcomes(a, b)).toBe(other);
  });
});

describe('a toll and an evacuation of one flood are two facts', () => {
  const outlets = ['Wire', 'Courier', 'Radio'];
  const texts = [
    'Four people were killed when the river burst its banks in the town on Tuesday night, police said.\n\nAbout 1,200 residents were evacuated from the lower town, officials said.',
    'Four people were killed when the river burst its banks in the town on Tuesday night.\n\nAround 1,200 residents were evacuated from the lower town.',
    'Five people died after the river flooded the town overnight on Tuesday.\n\nSome 1,500 people were evacuated from the lower town during the night.'
  ];
  const result = analyzeEvent({
    event: { title: 'Flood' },
    articles: texts.map((text, i) => ({ id: `a${i}`, outlet: outlets[i], text }))
  });
  const claims = new Map(result.articles.flatMap((a) => a.claims.map((c) => [c.id, c])));
  const factOf = (words: RegExp) =>
    result.facts.filter((f) => f.claims.some((id) => words.test(claims.get(id)!.text)));

  it('no claim of one is listed in the other', () => {
    const [toll, evacuation] = [factOf(/killed|died/), factOf(/evacuated/)];
    expect(toll).toHaveLength(1);
    expect(evacuation).toHaveLength(1);
    expect(toll[0].id).not.toBe(evacuation[0].id);
    expect(toll[0].claims.map((id) => claims.get(id)!.text).filter((t) => /evacuated/.test(t))).toEqual([]);
    expect(
      evacuation[0].claims.map((id) => claims.get(id)!.text).filter((t) => /killed|died/.test(t))
    ).toEqual([]);
  });
});
