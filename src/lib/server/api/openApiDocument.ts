// The OpenAPI 3.1 description of /api, served at /api/openapi.json, generated from the schemas the routes
// validate with (schemas/). tests/unit/api/api.test.ts checks that every route file is described here and every
// path described here is a route.
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import * as req from './schemas/requestSchemas';
import * as res from './schemas/resourceSchemas';
import { z } from './schemas/z';

type Responses = RouteConfig['responses'];

const registry = new OpenAPIRegistry();
registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
const errorBody = registry.register('Error', res.ApiErrorBody);

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } }
});
const error = (description: string) => json(errorBody, description);
const readErrors: Responses = {
  400: error('A bad query parameter (code bad_parameter).'),
  401: error('Missing or wrong token (code unauthorized).'),
  404: error('Unknown id (code not_found).')
};
const writeErrors: Responses = {
  ...readErrors,
  400: error('Malformed JSON (code malformed_json) or a bad query parameter (bad_parameter).'),
  409: error('Already done: duplicate article, correction already undone (conflict, duplicate).'),
  413: error('The body is too large (code too_large).'),
  415: error('The body is not sent as application/json (code unsupported_media_type).'),
  422: error(
    'Well-formed but invalid, unknown or wrong-typed fields included (validation_failed, with field).'
  )
};

const id = z.coerce.number().int().min(1);
const paging = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).optional(),
  offset: z.coerce.number().int().min(0).default(0).optional()
});
const kind = paging.extend({ kind: z.enum(['claim', 'non-claim', 'all']).default('all').optional() });
const body = (schema: z.ZodType, required = true) => ({
  required,
  content: { 'application/json': { schema } }
});

interface PathSpec {
  method: 'get' | 'post' | 'patch';
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: ReturnType<typeof body>;
  ok: [number, z.ZodType, string];
  write?: boolean;
  errors?: Responses;
}

const eventParams = z.object({ id });

/** An event's facts under one of their two names: /facts, or /groups (the name they were first published under). */
const factPaths = (noun: 'facts' | 'groups', param: string, [list, one]: [string, string]): PathSpec[] => [
  {
    method: 'get',
    path: `/api/events/{id}/${noun}`,
    operationId: list,
    summary: `Facts, corrections applied (also at /api/events/{id}/${noun === 'facts' ? 'groups' : 'facts'})`,
    tag: 'facts',
    params: eventParams,
    query: paging,
    ok: [200, res.pageOf(res.Fact, res.withAnalysis), 'A page of facts']
  },
  {
    method: 'get',
    path: `/api/events/{id}/${noun}/{${param}}`,
    operationId: one,
    summary: 'One fact with its claims and notes',
    tag: 'facts',
    params: z.object({ id, [param]: z.string() }),
    ok: [200, res.FactDetail, 'The fact']
  }
];

const paths: PathSpec[] = [
  ...factPaths('groups', 'factId', ['listGroups', 'getGroup']),
  ...factPaths('facts', 'factId', ['listFacts', 'getFact']),
  {
    method: 'get',
    path: '/api/events',
    operationId: 'listEvents',
    summary: 'List events, newest activity first',
    tag: 'events',
    query: paging,
    ok: [200, res.pageOf(res.Event), 'A page of events']
  },
  {
    method: 'post',
    path: '/api/events',
    operationId: 'createEvent',
    summary: 'Create an event',
    tag: 'events',
    body: body(req.NewEvent),
    ok: [201, res.Event, 'Created'],
    write: true
  },
  {
    method: 'get',
    path: '/api/events/{id}',
    operationId: 'getEvent',
    summary: 'One event with counts and analysis state',
    tag: 'events',
    params: eventParams,
    ok: [200, res.Event, 'The event']
  },
  {
    method: 'get',
    path: '/api/events/{id}/articles',
    operationId: 'listArticles',
    summary: 'The event’s articles (without text)',
    tag: 'articles',
    params: eventParams,
    query: paging,
    ok: [200, res.pageOf(res.Article), 'A page of articles']
  },
  {
    method: 'post',
    path: '/api/events/{id}/articles',
    operationId: 'addArticle',
    summary: 'Add one article (text, or a URL to fetch); re-analysis follows',
    tag: 'articles',
    params: eventParams,
    body: body(req.NewArticle),
    ok: [201, res.Article, 'Added'],
    write: true
  },
  {
    method: 'get',
    path: '/api/outlets',
    operationId: 'listOutlets',
    summary: 'Outlets by name (merged ones left out), with owner and counts',
    tag: 'outlets',
    query: paging,
    ok: [200, res.pageOf(res.Outlet), 'A page of outlets']
  },
  {
    method: 'get',
    path: '/api/outlets/{id}',
    operationId: 'getOutlet',
    summary: 'One outlet',
    tag: 'outlets',
    params: eventParams,
    ok: [200, res.Outlet, 'The outlet']
  },
  {
    method: 'patch',
    path: '/api/outlets/{id}',
    operationId: 'editOutlet',
    summary: 'Edit an outlet’s name, domain, country, kind or owner (audited; undo via /api/audit/{id}/undo)',
    tag: 'outlets',
    params: eventParams,
    body: body(req.OutletEdit),
    ok: [
      200,
      z.object({ outlet: res.Outlet, entry: res.AuditEntry.nullable() }),
      'The outlet as it is now, and the audit entry (null when nothing changed)'
    ],
    write: true
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    operationId: 'getArticle',
    summary: 'One article with its text',
    tag: 'articles',
    params: eventParams,
    ok: [200, res.Article, 'The article']
  },
  {
    method: 'get',
    path: '/api/articles/{id}/claims',
    operationId: 'listArticleClaims',
    summary: 'The article’s sentence units, corrections applied',
    tag: 'claims',
    params: eventParams,
    query: kind,
    ok: [200, res.pageOf(res.Claim, res.withAnalysis), 'A page of claims']
  },
  {
    method: 'get',
    path: '/api/events/{id}/claims',
    operationId: 'listEventClaims',
    summary: 'Every article’s sentence units, corrections applied',
    tag: 'claims',
    params: eventParams,
    query: kind,
    ok: [200, res.pageOf(res.Claim, res.withAnalysis), 'A page of claims']
  },
  {
    method: 'get',
    path: '/api/events/{id}/verdicts',
    operationId: 'listVerdicts',
    summary: 'Per-fact and per-outlet verdicts, and outlet agreement',
    tag: 'verdicts',
    params: eventParams,
    query: paging,
    ok: [
      200,
      res.pageOf(res.Verdicts, { agreement: z.array(res.Agreement), ...res.withAnalysis }),
      'A page of verdicts'
    ]
  },
  {
    method: 'get',
    path: '/api/events/{id}/corrections',
    operationId: 'listCorrections',
    summary: 'Every correction, oldest first, with its status',
    tag: 'corrections',
    params: eventParams,
    query: paging,
    ok: [200, res.pageOf(res.Correction), 'A page of corrections']
  },
  {
    method: 'post',
    path: '/api/events/{id}/corrections',
    operationId: 'addCorrection',
    summary: 'Add a correction (audited)',
    tag: 'corrections',
    params: eventParams,
    body: body(req.NewCorrection),
    ok: [201, z.object({ correction: res.Correction, audit: res.AuditEntry }), 'Stored'],
    write: true
  },
  {
    method: 'post',
    path: '/api/events/{id}/corrections/{correctionId}/undo',
    operationId: 'undoCorrection',
    summary: 'Undo a correction (a new audit entry)',
    tag: 'corrections',
    params: z.object({ id, correctionId: id }),
    body: body(req.Undo, false),
    ok: [200, z.object({ entry: res.AuditEntry }), 'Undone'],
    write: true
  },
  {
    method: 'get',
    path: '/api/events/{id}/audit',
    operationId: 'listAudit',
    summary: 'The event’s audit log, newest first',
    tag: 'audit',
    params: eventParams,
    query: paging,
    ok: [
      200,
      res.pageOf(res.AuditEntry),
      'A page of entries: the event’s own and the edits and merges of the outlets with articles in it (or ' +
        'merged into one that has), which have eventId null and target "outlet:ID" and change every event ' +
        'of that outlet.'
    ]
  },
  {
    method: 'post',
    path: '/api/audit/{entryId}/undo',
    operationId: 'undoAuditEntry',
    summary: 'Undo any single audit entry (undoing an undo redoes)',
    tag: 'audit',
    params: z.object({ entryId: id }),
    body: body(req.Undo, false),
    ok: [201, z.object({ entry: res.AuditEntry }), 'The new entry'],
    write: true,
    errors: {
      409: error(
        'Refused, nothing changed (code conflict, field entry): the entry was already undone, or a later entry ' +
          'that changed the same fields is still in effect (for a grouping correction: a later correction ' +
          'naming the same claim); the message names the entry to undo first.'
      )
    }
  },
  {
    method: 'get',
    path: '/api/events/{id}/notes',
    operationId: 'listNotes',
    summary: 'Notes left on the event’s facts',
    tag: 'notes',
    params: eventParams,
    query: paging,
    ok: [200, res.pageOf(res.Note), 'A page of notes']
  },
  {
    method: 'post',
    path: '/api/events/{id}/notes',
    operationId: 'addNote',
    summary: 'Leave a note on a fact (by one of its claims)',
    tag: 'notes',
    params: eventParams,
    body: body(req.NewNote),
    ok: [201, z.object({ entry: res.AuditEntry }), 'Stored'],
    write: true
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'openApi',
    summary: 'This description',
    tag: 'meta',
    ok: [200, z.object({}).passthrough(), 'OpenAPI 3.1']
  }
];

for (const p of paths) {
  registry.registerPath({
    method: p.method,
    path: p.path,
    operationId: p.operationId,
    summary: p.summary,
    tags: [p.tag],
    ...(p.write ? { security: [{ bearer: [] }] } : {}),
    request: {
      ...(p.params ? { params: p.params } : {}),
      ...(p.query ? { query: p.query } : {}),
      ...(p.body ? { body: p.body } : {})
    },
    responses: {
      [p.ok[0]]: json(p.ok[1], p.ok[2]),
      ...(p.path === '/api/openapi.json' ? {} : p.write ? writeErrors : readErrors),
      ...p.errors
    }
  });
}

export const openApiDocument = new OpenApiGeneratorV31(registry.definitions).generateDocument({
  openapi: '3.1.0',
  info: {
    title: 'Parallax API',
    version: '1.0.0',
    description:
      'Events, articles, claims, facts (claims of several outlets that state the same thing), verdicts, people’s corrections and the audit log. Writes ' +
      'need `Authorization: Bearer TOKEN` when the server sets PARALLAX_TOKEN; reads too with PARALLAX_PRIVATE=1. ' +
      'Errors are `{"error": {"code", "message", "field"?}}`; unknown or wrong-typed body fields are 422. Lists ' +
      'take `limit` (1-500, default 50) and `offset` and give `next` (the next page’s path) or null. Who makes a ' +
      'change: body `author`, the `X-Parallax-Author` header or the `parallax_name` cookie.'
  },
  servers: [{ url: '/' }]
});
