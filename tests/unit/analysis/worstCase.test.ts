// The engine's cost stays near-linear however an article is written (issue 12): wink never sees a token longer than
// MAX_TOKEN (its cost grows with the square of a token's length) and no sentence unit is longer than MAX_SENTENCE.
// Speed itself is measured by `npm run bench` (1 MB worst cases), not here.
import { describe, expect, it } from 'vitest';
import { analyzeText, MAX_TOKEN } from '../../../src/lib/analysis/features/analyzeText';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';
import { MAX_SENTENCE } from '../../../src/lib/analysis/splitSentences';

const cases = [
  { name: 'a run without spaces', text: 'x'.repeat(5_000) },
  { name: 'a long URL-like run between words', text: 'See ' + 'ab/'.repeat(700) + ' for more.' },
  { name: 'words without punctuation', text: 'council harbour plan '.repeat(400) }
];

describe('worst-case text', () => {
  it.each(cases)('$name: tokens of at most MAX_TOKEN characters, at their offsets', ({ text }) => {
    const { tokens } = analyzeText(text);
    expect(tokens.length).toBeGreaterThan(0);
    expect(Math.max(...tokens.map((t) => t.end - t.start))).toBeLessThanOrEqual(MAX_TOKEN);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps ordinary words and URLs whole', () => {
    const text = 'Read https://example.org/news/2024/05/harbour-plan-approved-by-council today.';
    expect(analyzeText(text).tokens.map((t) => t.text)).toContain(
      'https://example.org/news/2024/05/harbour-plan-approved-by-council'
    );
  });

  it.each(cases)('$name: claim units of at most MAX_SENTENCE characters covering the text', ({ text }) => {
    const claims = extractClaims({ id: 'a', outlet: 'w.example', text });
    expect(Math.max(...claims.map((c) => c.end - c.start))).toBeLessThanOrEqual(MAX_SENTENCE);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
