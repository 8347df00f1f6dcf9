import { afterEach, describe, it, expect } from 'vitest';
import {
  normalisePublished,
  validateArticleText,
  validateUrl
} from '../../../src/lib/server/store/sqlite/articles';
import { validateEventTitle } from '../../../src/lib/server/store/sqlite/events';
import { ValidationError } from '../../../src/lib/server/ValidationError';

afterEach(() => {
  delete process.env.PARALLAX_MAX_ARTICLE_BYTES;
});

function failure(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('validateArticleText refuses bad text', () => {
  it.each([
    { label: 'a missing value', text: undefined, code: 'required', message: /missing/ },
    { label: 'a number', text: 12, code: 'required', message: /missing/ },
    { label: 'an empty string', text: '', code: 'required', message: /empty/ },
    { label: 'only whitespace', text: ' \n\t\r\n ', code: 'required', message: /empty/ },
    { label: 'only a byte order mark', text: '\uFEFF  ', code: 'required', message: /empty/ },
    { label: 'a NUL byte', text: 'PNG\u0000\u0001 data', code: 'binary', message: /binary/ },
    { label: 'a bell character', text: 'text \u0007 more', code: 'binary', message: /binary/ },
    {
      label: 'text over the limit',
      text: 'é'.repeat(60),
      code: 'too_large',
      message: /too long: 1 kB, the limit is 1 kB/
    }
  ])('$label', ({ text, code, message }) => {
    process.env.PARALLAX_MAX_ARTICLE_BYTES = '100';
    const error = failure(() => validateArticleText(text, 'files'));
    expect(error.field).toBe('files');
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

describe('validateArticleText accepts and normalises good text', () => {
  it.each([
    { text: 'One line.', clean: 'One line.' },
    { text: 'Windows\r\nline\r\nendings', clean: 'Windows\nline\nendings' },
    { text: 'Old Mac\rendings', clean: 'Old Mac\nendings' },
    { text: '\uFEFFAfter a BOM', clean: 'After a BOM' },
    { text: 'Tabs\tand\nnewlines stay', clean: 'Tabs\tand\nnewlines stay' },
    { text: 'x'.repeat(100), clean: 'x'.repeat(100) }
  ])('$text', ({ text, clean }) => {
    process.env.PARALLAX_MAX_ARTICLE_BYTES = '100';
    expect(validateArticleText(text)).toBe(clean);
  });
});

describe('normalisePublished', () => {
  it.each([
    { value: '', result: null },
    { value: null, result: null },
    { value: '  ', result: null },
    { value: '2022-09-22', result: '2022-09-22' },
    { value: '2024-02-29', result: '2024-02-29' },
    { value: '2022-09-22T21:15:00Z', result: '2022-09-22T21:15:00.000Z' },
    { value: '2022-09-22T23:15:00+02:00', result: '2022-09-22T21:15:00.000Z' }
  ])('$value -> $result', ({ value, result }) => {
    expect(normalisePublished(value)).toBe(result);
  });

  it.each(['2022-02-30', '2023-02-29', '2022-13-01', '31/31/2024', 'yesterday-ish', '2022-09-22T25:00:00Z'])(
    'refuses %s on the published field',
    (value) => {
      expect(failure(() => normalisePublished(value)).field).toBe('published');
    }
  );
});

describe('validateUrl', () => {
  it.each([
    { value: '', result: null },
    { value: ' https://www.rt.com/news/1 ', result: 'https://www.rt.com/news/1' },
    { value: 'http://example.org', result: 'http://example.org/' }
  ])('$value -> $result', ({ value, result }) => {
    expect(validateUrl(value)).toBe(result);
  });

  it.each([
    ['www.rt.com/news', /is not a URL/],
    ['javascript:alert(1)', /Only http and https/],
    ['ftp://example.org/a.txt', /Only http and https/],
    ['file:///etc/passwd', /Only http and https/]
  ])('refuses %s', (value, message) => {
    const error = failure(() => validateUrl(value));
    expect(error.field).toBe('url');
    expect(error.message).toMatch(message);
  });
});

describe('validateEventTitle', () => {
  it.each([
    ['  Depot fire ', 'Depot fire'],
    ['x'.repeat(300), 'x'.repeat(300)]
  ])('%j -> %j', (title, result) => {
    expect(validateEventTitle(title)).toBe(result);
  });
  it.each([[''], ['  '], [null], ['x'.repeat(301)]])('refuses %j', (title) => {
    expect(failure(() => validateEventTitle(title)).field).toBe('title');
  });
});
