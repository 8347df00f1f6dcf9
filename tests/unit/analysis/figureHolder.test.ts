// Whose figure a number is (figureHolder): the named subject of the verb it follows, or its named owner; never a
// source, and nothing where the sentence does not say it plainly.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';
import { figureHolder, sameHolder } from '../../../src/lib/analysis/figureHolder';

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
    // A short object between the verb and the figure's preposition, and "had" read as an auxiliary.
    ['Tyler Hansbrough finished the game with 20 points.', '20 points', 'hansbrough'],
    ['Tyler Hansbrough ended his career in 2009 with 2,872 points.', '2,872 points', 'hansbrough'],
    ['Richard Carter had 12 points and four assists.', '12 points', 'carter'],
    // A named indirect object stands between the verb and its figure; a name with its age after a comma is no
    // indirect object (the age is read by ageHolder, not here), so the arresting police hold nothing.
    ['The Nationals made Teixeira an eight-year, $160 million offer.', '$160 million', 'nationals'],
    ['The Red Sox made first baseman Mark Teixeira an offer of $200 million.', '$200 million', 'sox'],
    ['The Yankees paid Sabathia $161 million.', '$161 million', 'yankees'],
    ['Police arrested John Smith, 35, on Friday.', '35', undefined],
    // A record in parentheses right after a name is that name's; a sum "for" a name (and no holder before it) too.
    ['Rahman (45-7-2, 36 KOs) fell into the title shot.', '36', 'rahman'],
    ['It was a five-year, $70 million contract for Sam Ortiz.', '$70 million', 'ortiz'],
    ['A $5 million fund for flood victims was set up.', '$5 million', undefined],
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

describe('sameHolder', () => {
  // [sentence a, its figure, sentence b, its figure, may the two be one slot]
  const cases: [string, string, string, string, boolean][] = [
    ['Richard Carter had 12 points.', '12 points', 'Richard Carter scored 14 points.', '14 points', true],
    [
      'Ty Lawson scored 16 points for the Tar Heels.',
      '16 points',
      'Tyler Hansbrough finished the game with 20 points.',
      '20 points',
      false
    ],
    // One side names a player and the other does not: not known to be the same player's tally.
    [
      'Ty Lawson scored 16 points for the Tar Heels.',
      '16 points',
      'He scored 20 points in the game.',
      '20 points',
      false
    ],
    // Neither names a holder: the story's own figure.
    [
      'Turnout reached 93 percent in the election.',
      '93 percent',
      'Turnout in the election was 90 percent.',
      '90 percent',
      true
    ],
    // A company named on one side only: its figure is the story's.
    [
      'Oracle will pay $7.4 billion for the chip maker.',
      '$7.4 billion',
      'The chip maker was sold for $7.3 billion.',
      '$7.3 billion',
      true
    ],
    // Two teams' offers to one player.
    [
      'The Nationals made Teixeira an eight-year, $160 million offer.',
      '$160 million',
      'The Red Sox made Teixeira an eight-year, $200 million offer.',
      '$200 million',
      false
    ]
  ];
  it.each(cases)('%s | %s', (sa, fa, sb, fb, same) => {
    const [a, b] = [claimOf(sa), claimOf(sb)];
    const [x, y] = [a.numbers.find((n) => n.text === fa)!, b.numbers.find((n) => n.text === fb)!];
    expect(x).toBeDefined();
    expect(y).toBeDefined();
    expect(sameHolder(x, a, y, b)).toBe(same);
    expect(sameHolder(y, b, x, a)).toBe(same);
  });
});
