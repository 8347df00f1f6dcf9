// Validation of what programs and people hand the engine (CLI files, web API bodies). Pure: a parsed JSON value
// in, a typed value out, or an InputError naming the exact field ("articles[3].text must be a non-empty string").

import type { ArticleInput, EventInput } from './types';

export class InputError extends Error {
  constructor(
    message: string,
    /** Path of the offending field ("articles[3].text"), empty when the whole value is wrong. */
    readonly field: string
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface PairInput {
  id: string;
  a: string;
  b: string;
}

export interface ClusterInput {
  id: string;
  title?: string;
  text: string;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldPath(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

function requireObject(value: unknown, path: string): Json {
  if (!isObject(value)) throw new InputError(`${path || 'input'} must be a JSON object`, path);
  return value;
}

function requireText(object: Json, key: string, prefix: string): string {
  const value = object[key];
  const path = fieldPath(prefix, key);
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(`${path} must be a non-empty string`, path);
  }
  return value;
}

function optionalString(object: Json, key: string, prefix: string): string | undefined {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  const path = fieldPath(prefix, key);
  if (typeof value !== 'string') throw new InputError(`${path} must be a string when given`, path);
  return value;
}

/** Ids may be given as numbers by hand-written files; they are echoed back as strings. */
function requireId(object: Json, prefix: string): string {
  const value = object.id;
  const path = fieldPath(prefix, 'id');
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(`${path} must be a non-empty string`, path);
  }
  return value;
}

// ISO 8601 date or date-time, as in types.ts; Date.parse alone accepts too much ("March 3").
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function validateArticleInput(value: unknown, path: string): ArticleInput {
  const object = requireObject(value, path);
  const article: ArticleInput = {
    id: requireId(object, path),
    outlet: requireText(object, 'outlet', path),
    text: requireText(object, 'text', path)
  };
  const title = optionalString(object, 'title', path);
  const url = optionalString(object, 'url', path);
  const published = optionalString(object, 'published', path);
  if (published !== undefined && (!ISO_DATE.test(published) || Number.isNaN(Date.parse(published)))) {
    const field = fieldPath(path, 'published');
    throw new InputError(
      `${field} must be an ISO 8601 date or date-time (got ${JSON.stringify(published)})`,
      field
    );
  }
  if (title !== undefined) article.title = title;
  if (url !== undefined) article.url = url;
  if (published !== undefined) article.published = published;
  return article;
}

/** `{"event": {"title"}, "articles": [...]}` with at least one article and unique article ids. */
export function validateEventInput(value: unknown): EventInput {
  const root = requireObject(value, '');
  const event = requireObject(root.event, 'event');
  const title = requireText(event, 'title', 'event');
  if (!Array.isArray(root.articles)) throw new InputError('articles must be an array', 'articles');
  if (root.articles.length === 0) throw new InputError('articles must hold at least one article', 'articles');
  const firstIndexOfId = new Map<string, number>();
  const articles = root.articles.map((item, i) => {
    const article = validateArticleInput(item, `articles[${i}]`);
    const earlier = firstIndexOfId.get(article.id);
    if (earlier !== undefined) {
      throw new InputError(
        `articles[${i}].id ${JSON.stringify(article.id)} is already used by articles[${earlier}]`,
        `articles[${i}].id`
      );
    }
    firstIndexOfId.set(article.id, i);
    return article;
  });
  return { event: { title }, articles };
}

/** One line of `parallax pairs` input: `{"id", "a", "b"}`. */
export function validatePairInput(value: unknown): PairInput {
  const object = requireObject(value, '');
  return { id: requireId(object, ''), a: requireText(object, 'a', ''), b: requireText(object, 'b', '') };
}

/** One line of `parallax cluster` input: `{"id", "title"?, "text"}`. */
export function validateClusterInput(value: unknown): ClusterInput {
  const object = requireObject(value, '');
  const item: ClusterInput = { id: requireId(object, ''), text: requireText(object, 'text', '') };
  const title = optionalString(object, 'title', '');
  if (title !== undefined) item.title = title;
  return item;
}
