import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ValidationError } from '../ValidationError';

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** As the page gives it (ISO date-time in practice); the storage layer normalises it. */
  published: string | null;
  /** The page's own address (rel=canonical, else og:url), when it gives an absolute http(s) one. */
  url: string | null;
  /** Plain text, one paragraph per blank-line separated block. */
  text: string;
}

/** Elements whose text is one block of the article: each becomes its own paragraph. */
const BLOCK_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DT',
  'DD',
  'TD',
  'TH'
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM']);

/** Readability needs enough text to call something an article; a short news brief is still one. */
const MIN_ARTICLE_CHARS = 250;
/** Class or id tokens of ad slots and promos that sit inside story bodies (Readability keeps some of them). */
const CLUTTER_TOKEN =
  /^(ad|ads|advert|advertisement|sponsored|promo|newsletter(-promo)?|share|social|related)$|^(ad|advert)[-_]/i;

/**
 * Extracts the readable article from an HTML page (server side: linkedom gives Readability its `document`).
 * Throws ValidationError on the `url` field when the page holds no article body.
 */
export function htmlToArticle(html: string, url?: string): ExtractedArticle {
  // linkedom builds no <html>/<body> for a fragment or plain text, and Readability needs them.
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  // Published date and title come from the untouched page: Readability strips the head as it works.
  const metaPublished = publishedFromMeta(document);
  const docTitle = document.querySelector('title')?.textContent?.trim() || null;
  const canonical = canonicalUrl(document);
  if (url) setBaseUrl(document, url);
  removeClutter(document as unknown as Document);
  const reader = new Readability<Node>(document as unknown as Document, {
    charThreshold: MIN_ARTICLE_CHARS,
    serializer: (node) => node
  });
  const parsed = reader.parse();
  const text = parsed?.content ? blocksToText(parsed.content) : '';
  if (!parsed || !looksLikeArticleText(text)) {
    throw new ValidationError(
      `${url ? `The page at ${url}` : 'This page'} is not an article: no article text was found in it.`,
      'url',
      'not_article'
    );
  }
  return {
    title: clean(parsed.title) ?? docTitle,
    byline: cleanByline(parsed.byline),
    siteName: clean(parsed.siteName),
    published: clean(parsed.publishedTime) ?? metaPublished,
    url: canonical,
    text
  };
}

function removeClutter(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('[class], [id], [data-ad-unit]'))) {
    const tokens = [...(el.getAttribute('class') ?? '').split(/\s+/), el.getAttribute('id') ?? ''];
    if (el.hasAttribute('data-ad-unit') || tokens.some((t) => t && CLUTTER_TOKEN.test(t))) el.remove();
  }
}

/** Enough text, and at least one real paragraph (a long block ending like a sentence), not just link lists. */
function looksLikeArticleText(text: string): boolean {
  if (text.length < MIN_ARTICLE_CHARS) return false;
  return text.split('\n\n').some((p) => p.length >= 80 && /[.!?]["'”’)]?$/.test(p));
}

/** "By Jane Doe · 13 March 2024" -> "By Jane Doe": drop a date or section after a separator. */
function cleanByline(value: string | null | undefined): string | null {
  const v = clean(value);
  return v ? v.split(/\s+[·|•]\s+/)[0].trim() || null : null;
}

/** Walks the extracted content and writes every block element's text as one paragraph. */
function blocksToText(root: Node): string {
  const paragraphs: string[] = [];
  let loose = '';
  const flushLoose = () => {
    const t = squash(loose);
    if (t) paragraphs.push(t);
    loose = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        loose += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        loose += '\n';
      } else if (BLOCK_TAGS.has(tag) && !containsBlock(child as Element)) {
        flushLoose();
        const t = squash(child.textContent ?? '');
        if (t) paragraphs.push(t);
      } else {
        if (BLOCK_TAGS.has(tag) || tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE') flushLoose();
        walk(child);
        if (tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE') flushLoose();
      }
    }
  };
  walk(root);
  flushLoose();
  return paragraphs.join('\n\n');
}

function containsBlock(el: Element): boolean {
  return Array.from(el.querySelectorAll('*')).some((d) => BLOCK_TAGS.has(d.tagName.toUpperCase()));
}

function squash(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join(' ')
    .trim();
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function setBaseUrl(
  document: { querySelector(s: string): Element | null; head: Element | null },
  url: string
) {
  if (document.querySelector('base') || !document.head) return;
  const base = (document as unknown as Document).createElement('base');
  base.setAttribute('href', url);
  document.head.appendChild(base);
}

/** rel=canonical, else og:url: only an absolute http(s) address counts (a relative one says nothing offline). */
function canonicalUrl(document: { querySelector(s: string): Element | null }): string | null {
  for (const [selector, attribute] of [
    ['link[rel="canonical"]', 'href'],
    ['meta[property="og:url"]', 'content']
  ]) {
    const value = clean(document.querySelector(selector)?.getAttribute(attribute));
    if (!value) continue;
    try {
      const url = new URL(value);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // not an absolute address: try the next source
    }
  }
  return null;
}

/** article:published_time and friends, JSON-LD datePublished, then the first <time datetime>. */
function publishedFromMeta(document: {
  querySelector(s: string): Element | null;
  querySelectorAll(s: string): ArrayLike<Element>;
}): string | null {
  for (const selector of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]'
  ]) {
    const v = clean(document.querySelector(selector)?.getAttribute('content'));
    if (v) return v;
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = datePublishedIn(safeJson(script.textContent ?? ''));
    if (found) return found;
  }
  return clean(document.querySelector('time[datetime]')?.getAttribute('datetime'));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Finds datePublished anywhere in a JSON-LD value (objects, arrays, @graph). */
function datePublishedIn(value: unknown, depth = 0): string | null {
  if (!value || typeof value !== 'object' || depth > 5) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = datePublishedIn(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string' && record.datePublished.trim())
    return record.datePublished.trim();
  for (const v of Object.values(record)) {
    const found = datePublishedIn(v, depth + 1);
    if (found) return found;
  }
  return null;
}
