import { describe, expect, it } from 'vitest';
import { ALIGN_FEATURE_NAMES, alignFeatures } from '../../../src/lib/analysis/alignFeatures';
import { pairFeatures } from '../../../src/lib/analysis/pairFeatures';
import { profileSentence } from '../../../src/lib/analysis/profileSentence';

const side = (text: string, sentence: number) => ({ profile: profileSentence(text), sentence });
type Side = ReturnType<typeof side>;
const features = (a: Side, b: Side, soft: number) =>
  alignFeatures(
    a,
    b,
    pairFeatures(a.profile, b.profile, () => 1),
    soft
  );
const at = (features: number[], name: (typeof ALIGN_FEATURE_NAMES)[number]) =>
  features[ALIGN_FEATURE_NAMES.indexOf(name)];

describe('alignFeatures', () => {
  const quake = 'A magnitude 4.6 earthquake struck Lake County on Thursday.';
  const again = 'A 4.6 magnitude quake hit Lake County Thursday.';
  const phone = 'The phone will cost 199 dollars at launch.';

  it('has one value per feature name and is symmetric', () => {
    const f = features(side(quake, 0), side(again, 7), 0.5);
    expect(f).toHaveLength(ALIGN_FEATURE_NAMES.length);
    expect(features(side(again, 7), side(quake, 0), 0.5)).toEqual(f);
  });

  // [first sentence, second sentence, soft coverage, bothInLead, eitherInLead] for the same two texts.
  const cases: [number, number, number, boolean, boolean][] = [
    [0, 1, 0.5, true, true],
    [0, 9, 0.5, false, true],
    [8, 9, 0.5, false, false]
  ];
  it.each(cases)('sentences %i and %i: lead features follow position', (x, y, soft, both, either) => {
    const f = features(side(quake, x), side(again, y), soft);
    expect(at(f, 'bothInLeadOverlap') > 0).toBe(both);
    expect(at(f, 'eitherInLeadOverlap') > 0).toBe(either);
    expect(at(f, 'softCoverage')).toBe(soft);
  });

  it('gives position no weight when the claims share no content', () => {
    const f = features(side(quake, 0), side(phone, 0), 0);
    expect(at(f, 'bothInLeadOverlap')).toBe(0);
    expect(at(f, 'logLastPositionOverlap')).toBe(0);
  });
});
