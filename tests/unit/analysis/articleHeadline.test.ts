import { describe, expect, it } from 'vitest';
import { articleHeadline } from '../../../src/lib/analysis/articleHeadline';

const BODY = 'A strong earthquake struck the island of Qeshm on Sunday, officials said.';

describe('articleHeadline', () => {
  it.each([
    ['the first line', ['Ten dead in Iran quake', BODY], 'Ten dead in Iran quake'],
    [
      'after a "Last Updated" timestamp',
      ['Last Updated: Monday, 28 November 2005, 02:24 GMT', 'Ten dead in Iran quake', BODY],
      'Ten dead in Iran quake'
    ],
    ['after a date in figures', ['11 / 28 / 05', 'Aftershocks jolt Qeshm', BODY], 'Aftershocks jolt Qeshm'],
    ['after a "Posted" line', ['Posted 11/27/2005 7:21 AM', 'Quake jolts Iran', BODY], 'Quake jolts Iran'],
    ['after a date in words', ['27 NOVEMBER, 2005', 'Quake jolts Iran'], 'Quake jolts Iran'],
    ['after a URL', ['http://example.org/news/quake', 'Quake jolts Iran'], 'Quake jolts Iran'],
    ['a question is a headline', ['Did the earth move for you?', BODY], 'Did the earth move for you?'],
    ['whitespace collapsed, blank lines skipped', ['', '  Quake   jolts\tIran ', BODY], 'Quake jolts Iran'],
    ['only furniture: the first line', ['11 / 28 / 05', 'Posted 11/27/2005 7:21 AM'], '11 / 28 / 05'],
    ['no text', ['', '  '], undefined]
  ])('%s', (_case, lines, expected) => {
    expect(articleHeadline(lines)).toBe(expected);
  });
});
