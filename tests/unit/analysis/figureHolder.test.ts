// Whose figure a number is (figureHolder): the named subject of the verb it follows, or its named owner; never a
// source, and nothing where the sentence does not say it plainly.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';
import { figureHolder } from '../../../src/lib/analysis/figureHolder';

const claimOf = (text: string) =>
  extractClaims({ id: text, outlet: text, text }).find((c) => c.kind === 'claim')!;

describe('figureHolder', () => {
  // [sentence, figure as the claim gives it, holder]
  const cases: [string, string, string | undefined][] = [
    ['Jamaal Charles rushed for 226 yards in the loss.', '226 yards', 'charles'],
    ['RB Peyton Hillis rushed for 101 yards.', '101 yards', 'hillis'],
    ['Bush missed eight games with a broken leg.', 'eight', 'bush'],
    ['The champion Klitschko improved to 58-3 (51 KO).', '51', 'klitschko'],
    ["The Chiefs rallied behind Jamaal Charles' 226 yards rushing.", '226 yards', 'charles'],
    ['The Chiefs rallied behind Jamaal Charles’ 226 yards rushing.', '226 yards', 'charles'],
    ['Oracle will pay $7.4 billion for the chip maker.', '$7.4 billion', 'oracle'],
    // Sources hold no figure: they report or measure it.
    ['Police said five people were killed.', 'five', undefined],
    ['USGS measured the quake at 6.1.', '6.1', undefined],
    ['Sutopo told reporters 24 people had died.', '24', undefined],
    // Not said plainly: an object between verb and figure, or no name.
    ['The quake struck Sumatra island, killing 22 people.', '22', undefined],
    ['He missed 10 games this season.', '10', undefined]
  ];
  it.each(cases)('%s (%s)', (sentence, figure, holder) => {
    const claim = claimOf(sentence);
    const q = claim.numbers.find((n) => n.text === figure)!;
    expect(q).toBeDefined();
    expect(figureHolder(q, claim)).toBe(holder);
  });
});
