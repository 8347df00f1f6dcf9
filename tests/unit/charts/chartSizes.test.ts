import { describe, expect, it } from 'vitest';
import {
  agreementSizes,
  certaintySizes,
  coverageSizes,
  discrepancySizes,
  isNarrow,
  omissionsSizes,
  timelineSizes
} from '../../../src/lib/view/chartSizes';

describe('isNarrow', () => {
  it.each([
    [0, false], // not measured yet: the wide layout, as the server renders it
    [390, true],
    [599, true],
    [600, false],
    [1280, false]
  ])('%i px → %s', (width, narrow) => expect(isNarrow(width)).toBe(narrow));
});

describe('chart sizes from their data', () => {
  it.each([
    {
      name: 'certainty: short names get the minimum label column; the total after the bar fits "140 claims"',
      sizes: certaintySizes(['RT', 'BBC News'], [12, 140]),
      expected: { label: { chars: 22, width: 80 }, barX: 80, width: 587, height: 154 }
    },
    {
      name: 'certainty: a long name is cut at a word and its column fits what is left',
      sizes: certaintySizes(['The International Herald Tribune Weekly'], [3]),
      expected: { label: { chars: 22, width: 150 }, barX: 150, width: 642, height: 96 }
    },
    {
      name: 'discrepancies: short type titles, the minimum column; one 22 px line per type',
      sizes: discrepancySizes(['Numbers', 'Dates']),
      expected: { labelWidth: 120, width: 370, height: 52 }
    },
    {
      name: 'discrepancies: a title too long for 330 px keeps 330',
      sizes: discrepancySizes(['Titles and roles of the people named in the claim']),
      expected: { labelWidth: 330, width: 580, height: 30 }
    },
    {
      name: 'coverage: a three-letter outlet needs only the minimum header',
      sizes: coverageSizes(['A short fact'], ['BBC'], false),
      expected: { label: { chars: 46, width: 106 }, header: 60 }
    },
    {
      name: 'coverage, narrow: an 18-character outlet name slanted at 50° needs 115 px',
      sizes: coverageSizes(['A short fact'], ['Eighteen chars ok!', 'x'], true),
      expected: { label: { chars: 20, width: 106 }, header: 115 }
    },
    {
      name: 'omissions, narrow, nothing left out: the minimum column and the bar',
      sizes: omissionsSizes([], true),
      expected: { label: { chars: 26, width: 80 }, barWidth: 160, width: 280 }
    },
    {
      name: 'timeline: lanes labelled by outlet',
      sizes: timelineSizes(['RT']),
      expected: { label: { chars: 18, width: 80 }, width: 900 }
    },
    {
      name: 'agreement: the label column and the cell',
      sizes: agreementSizes(['RT', 'Reuters']),
      expected: { label: { chars: 22, width: 80 }, cell: 40 }
    }
  ])('$name', ({ sizes, expected }) => expect(sizes).toMatchObject(expected));
});
