import type { Span } from '../types';

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['‘', '’']
];

/**
 * Spans of direct quotations, quote marks included. A quotation opened but not closed in `text` runs to its end
 * (multi-sentence quotes). Single curly quotes count only when they are not apostrophes ("Albania’s").
 */
export function findQuotes(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    let i = 0;
    while ((i = text.indexOf(open, i)) >= 0) {
      if (open === '‘' && /\p{L}/u.test(text[i - 1] ?? '')) {
        i++;
        continue;
      }
      let j = text.indexOf(close, i + 1);
      if (close === '’') {
        // Skip apostrophes inside the quote ("don’t").
        while (j >= 0 && /\p{L}/u.test(text[j + 1] ?? '')) j = text.indexOf(close, j + 1);
      }
      const end = j < 0 ? text.length : j + 1;
      if (
        /\p{L}/u.test(text.slice(i + 1, end)) &&
        !spans.some((s) => i + offset >= s.start && i + offset < s.end)
      ) {
        spans.push({ start: offset + i, end: offset + end });
      }
      i = end;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
