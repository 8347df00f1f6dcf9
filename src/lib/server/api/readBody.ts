import type { z } from 'zod';
import { ApiError } from './ApiError';
import { readJsonObject } from './requestInput';

type Issue = z.core.$ZodIssue;

/** "claims[0].articleId" for ['claims', 0, 'articleId']; "(root)" for the body itself. */
function fieldOf(path: PropertyKey[]): string {
  const field = path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${String(k)}` : String(k)))
    .join('');
  return field || '(root)';
}

function valueAt(body: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as any)[k] : undefined), body);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false'
};

/** One issue in the API's words: which field, and what is wrong with it. */
function describe(issue: Issue, body: unknown): { field: string; message: string } {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const field = fieldOf([...issue.path, key]);
    return { field, message: `Unknown field "${field}".` };
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    const at = issue.path.at(-1) === issue.discriminator ? issue.path : [...issue.path, issue.discriminator];
    const field = fieldOf(at);
    return { field, message: `${field} is not one of the kinds described at /api/openapi.json.` };
  }
  const field = fieldOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(body, issue.path) === undefined
        ? { field, message: `${field} is required.` }
        : { field, message: `${field} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}.` };
    case 'invalid_value':
      return { field, message: `${field} must be one of: ${issue.values.map(String).join(', ')}.` };
    case 'too_big':
      return issue.origin === 'string'
        ? { field, message: `${field} is too long (${issue.maximum} characters at most).` }
        : {
            field,
            message: `${field} must be at most ${issue.maximum}${issue.origin === 'array' ? ' items' : ''}.`
          };
    case 'too_small':
      return issue.origin === 'string'
        ? { field, message: `${field} must not be empty.` }
        : {
            field,
            message: `${field} must be at least ${issue.minimum}${issue.origin === 'array' ? ' items' : ''}.`
          };
    case 'invalid_union':
      return { field, message: `${field} does not have an accepted form.` };
    default:
      return { field, message: `${field} ${issue.message}.` };
  }
}

/** Checks a parsed JSON body against its schema; the first problem is a 422 naming the field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const { field, message } = describe(parsed.error.issues[0], body);
  throw new ApiError(422, 'validation_failed', message, field);
}

/** The request's JSON body, checked against its schema (400/413/415 as readJsonObject, 422 per parseBody). */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  return parseBody(schema, await readJsonObject(request));
}

/** For bodies that may be left out (undo): an empty body is {}. */
export async function readOptionalBody<S extends z.ZodType>(
  request: Request,
  schema: S
): Promise<z.infer<S>> {
  const empty = request.headers.get('content-length') === '0' || !request.body;
  return parseBody(schema, empty ? {} : await readJsonObject(request));
}
