import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../../src/lib/analysis/applyCorrections';
import { buildResult, factOfRef, ref, type FixtureArticle, type TaggedSentence } from './correctionFixture';

// A fact people regroup compares its values as the engine does: the year each article reports from (its
// publication date) tells a figure of an earlier happening the story recalls from one of the current happening.
const TOLL: TaggedSentence = ['toll', 'The quake killed 10 people on Qeshm island.'];
const BAM: TaggedSentence = ['bam', 'In 2003, a quake killed 26,000 people on Qeshm island.'];
const OTHER_TOLL: TaggedSentence = ['other-toll', 'The quake killed 12 people on Qeshm island.'];
const WIRE: FixtureArticle = { id: '1', outlet: 'Wire', sentences: [TOLL] };
const PAPER: FixtureArticle = { id: '2', outlet: 'Paper', sentences: [BAM, OTHER_TOLL] };

const cases: { name: string; published?: [string, string]; other: TaggedSentence; values: string[][] }[] = [
  {
    name: 'both published in 2005: the 2003 toll looks back, no conflict',
    published: ['2005-11-27', '2005-11-27'],
    other: BAM,
    values: []
  },
  {
    name: 'no publication dates: the paper reports from 2003 (the year it names), so the tolls conflict',
    other: BAM,
    values: [['10', '26,000']]
  },
  {
    name: 'a toll of the current quake still conflicts',
    published: ['2005-11-27', '2005-11-27'],
    other: OTHER_TOLL,
    values: [['10', '12']]
  }
];

describe('values of a regrouped fact are compared with the articles’ publication dates', () => {
  it.each(cases)('$name', ({ published, other, values }) => {
    const engine = buildResult(1, [WIRE, PAPER]);
    const [toll, merged] = [ref(WIRE, TOLL), ref(PAPER, other)];
    const { result, applied } = applyCorrections(
      engine,
      [{ id: 'm', kind: 'merge', claims: [toll, merged] }],
      {
        ...(published
          ? {
              published: new Map([
                ['1', published[0]],
                ['2', published[1]]
              ])
            }
          : {})
      }
    );
    expect(applied).toEqual(['m']);
    const fact = factOfRef(result, toll)!;
    expect(fact.discrepancies.filter((d) => d.type === 'number').map((d) => d.values)).toEqual(values);
  });
});
