import { describe, it, expect } from 'vitest';
import { decodeUpload } from '../../../src/lib/server/ingest/decodeUpload';
import { ValidationError } from '../../../src/lib/server/ValidationError';
import { ARTICLE_FIXTURES, NOT_AN_ARTICLE_HTML } from '../../fixtures/html';

const utf8 = (text: string) => new TextEncoder().encode(text);
const story = ARTICLE_FIXTURES[1];

describe('decodeUpload: readable files', () => {
  it.each([
    {
      name: 'notes.txt',
      bytes: utf8('Line one of the report.\r\n\r\nSecond paragraph, with “curly quotes” and é.'),
      title: null,
      text: 'Line one of the report.\n\nSecond paragraph, with “curly quotes” and é.'
    },
    {
      name: 'with-bom.TXT',
      bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Text after a byte order mark.')]),
      title: null,
      text: 'Text after a byte order mark.'
    },
    {
      name: 'story.md',
      bytes: utf8('# Depot fire forces evacuation\n\nAbout **2,400** residents left.\n'),
      title: 'Depot fire forces evacuation',
      text: '# Depot fire forces evacuation\n\nAbout **2,400** residents left.\n'
    },
    {
      name: 'no-heading.md',
      bytes: utf8('Just a paragraph of markdown with a [link](https://example.org).'),
      title: null,
      text: 'Just a paragraph of markdown with a [link](https://example.org).'
    },
    { name: 'page.html', bytes: utf8(story.html), title: story.title, text: story.paragraphs.join('\n\n') },
    { name: 'page.HTM', bytes: utf8(story.html), title: story.title, text: story.paragraphs.join('\n\n') }
  ])('$name', ({ name, bytes, title, text }) => {
    expect(decodeUpload(name, bytes)).toMatchObject({ title, text });
  });

  it('keeps what an HTML page says about itself, and nothing for text files', () => {
    const address = `https://harbourwire.example${story.path}`;
    const page = story.html.replace('<head>', `<head><link rel="canonical" href="${address}">`);
    expect(decodeUpload('page.html', utf8(page)).page).toEqual({
      siteName: story.outletName,
      url: address,
      published: story.published,
      byline: story.byline
    });
    expect(decodeUpload('notes.txt', utf8('A line of text.')).page).toBeUndefined();
  });
});

describe('decodeUpload: files it refuses, naming the file on the files field', () => {
  const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait, a report in Latin-1.')]);
  const pdf = new Uint8Array([...utf8('%PDF-1.7\n'), 0x00, 0x01, 0x02, 0xff, 0xfe]);
  const controls = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41)));
  it.each([
    { name: 'report.pdf', bytes: pdf, message: /only \.txt, \.md and \.html/ },
    { name: 'report.docx', bytes: utf8('text'), message: /only \.txt, \.md and \.html/ },
    { name: 'README', bytes: utf8('text'), message: /only \.txt, \.md and \.html/ },
    { name: 'image.txt', bytes: pdf, message: /binary/ },
    { name: 'bell.txt', bytes: controls, message: /binary/ },
    { name: 'latin1.txt', bytes: latin1, message: /not UTF-8/ },
    { name: 'section.html', bytes: utf8(NOT_AN_ARTICLE_HTML), message: /no article text/ }
  ])('$name', ({ name, bytes, message }) => {
    let thrown: unknown;
    try {
      decodeUpload(name, bytes);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).field).toBe('files');
    expect((thrown as ValidationError).message).toMatch(message);
    expect((thrown as ValidationError).message).toContain(name);
  });
});
