import { describe, expect, it } from 'vitest';
import { fitList, labelColumnWidth, textWidth } from '../../../src/lib/view/textWidth';

describe('textWidth', () => {
  it.each([
    ['', 12, 0],
    ['ECB+ 11_9ecb', 12, 90],
    ['ECB+ 11_9ecb', 11, 82],
    ['Reuters', 12, 53]
  ])('“%s” at %i px is %i px', (text, px, width) => {
    expect(textWidth(text, px)).toBe(width);
  });
});

describe('labelColumnWidth: the widest label and its padding, within bounds', () => {
  it.each([
    [['AP', 'BBC'], 60],
    [['ECB+ 11_9ecb', 'Reuters'], 106],
    [['A very long outlet name indeed, far too long'], 260]
  ])('%j → %i px', (labels, width) => {
    expect(labelColumnWidth(labels)).toBe(width);
  });
});

describe('fitList: whole items that fit, then how many are left', () => {
  const items = ['Prediction (1)', 'Rosenthal (1)', 's addition of Teixeira (1)', 'Boras (2)'];
  it.each([
    [1000, 'Cites most: Prediction (1), Rosenthal (1), s addition of Teixeira (1), Boras (2)'],
    [400, 'Cites most: Prediction (1), Rosenthal (1), and 2 more'],
    [300, 'Cites most: Prediction (1), and 3 more'],
    // The first item is always shown, however narrow.
    [10, 'Cites most: Prediction (1), and 3 more']
  ])('in %i px: %s', (width, line) => {
    const fitted = fitList('Cites most: ', items, width);
    expect(fitted).toBe(line);
    if (width >= 300) expect(textWidth(fitted)).toBeLessThanOrEqual(width);
  });
  it('an empty list is the prefix alone', () => {
    expect(fitList('Cites most: ', [], 100)).toBe('Cites most: ');
  });
});
