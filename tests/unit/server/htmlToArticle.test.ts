import { describe, it, expect } from 'vitest';
import { htmlToArticle } from '../../../src/lib/server/ingest/htmlToArticle';
import { ValidationError } from '../../../src/lib/server/ValidationError';
import { ARTICLE_FIXTURES, NOT_AN_ARTICLE_HTML, articleWithMarkupText } from '../../fixtures/html';

describe('htmlToArticle', () => {
  it.each(ARTICLE_FIXTURES.map((f) => [f.outletName, f] as const))(
    '%s: keeps the story paragraphs in order, drops navigation, ads and scripts',
    (_name, fixture) => {
      const article = htmlToArticle(fixture.html, 'https://news.example' + fixture.path);
      expect(article.text.split('\n\n')).toEqual(fixture.paragraphs);
      for (const noise of [...fixture.clutter, 'adQueue', 'dataLayer', 'Politics']) {
        expect(article.text).not.toContain(noise);
      }
    }
  );

  it.each(ARTICLE_FIXTURES.map((f) => [f.outletName, f] as const))(
    '%s: title, byline and published date come from the page',
    (_name, fixture) => {
      const article = htmlToArticle(fixture.html);
      expect(article.title).toBe(fixture.title);
      expect(article.byline?.replace(/^By\s+/i, '')).toBe(fixture.byline.replace(/^By\s+/i, ''));
      expect(Date.parse(article.published ?? '')).toBe(Date.parse(fixture.published));
    }
  );

  const page = ARTICLE_FIXTURES[0];
  it.each([
    [
      'a canonical link',
      '<link rel="canonical" href="https://harbourwire.example/a">',
      'https://harbourwire.example/a'
    ],
    [
      'og:url when there is no canonical link',
      '<meta property="og:url" content="http://hw.example/b">',
      'http://hw.example/b'
    ],
    [
      'the canonical link before og:url',
      '<meta property="og:url" content="https://hw.example/og"><link rel="canonical" href="https://hw.example/c">',
      'https://hw.example/c'
    ],
    ['no relative address', '<link rel="canonical" href="/world/a">', null],
    ['no other scheme', '<link rel="canonical" href="ftp://hw.example/a">', null],
    ['nothing without either', '', null]
  ])('its own address: %s', (_, head, url) => {
    expect(htmlToArticle(page.html.replace('<head>', `<head>${head}`)).url).toBe(url);
  });

  it('keeps markup-looking text as literal text', () => {
    const article = htmlToArticle(articleWithMarkupText('Council notice'));
    expect(article.text).toContain('<script>alert(1)</script>');
    expect(article.text).toContain('<b>bold</b>');
  });

  it.each([
    ['a section front of links', NOT_AN_ARTICLE_HTML],
    ['an empty page', '<!doctype html><html><head><title>x</title></head><body></body></html>'],
    ['plain text, not HTML', 'just a few words'],
    ['a script-only page', '<html><body><script>' + 'var a = 1;'.repeat(200) + '</script></body></html>']
  ])('rejects %s as "not an article" on the url field', (_label, html) => {
    let thrown: unknown;
    try {
      htmlToArticle(html, 'https://news.example/page');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).field).toBe('url');
    expect((thrown as ValidationError).message).toMatch(/https:\/\/news\.example\/page is not an article/);
  });
});
