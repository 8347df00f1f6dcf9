// The OpenAPI 3.1 description of /api, served at /api/openapi.json. Keep it in step with src/routes/api/**
// (tests/unit/api/openapi.test.ts checks every route file has its path and methods here).
import { DISCREPANCY_TYPES, VERDICTS } from '../../analysis/types';
import { OUTLET_KINDS } from '../outlets';

type Schema = Record<string, unknown>;

interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: Schema[];
  requestBody?: Schema;
  responses: Record<string, Schema>;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  components: {
    schemas: Record<string, Schema>;
    parameters: Record<string, Schema>;
    responses: Record<string, Schema>;
    securitySchemes: Record<string, Schema>;
  };
  paths: Record<string, Partial<Record<'get' | 'post' | 'patch', Operation>>>;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema, description: string) => ({
  description,
  content: { 'application/json': { schema } }
});
const err = (name: string) => ({ $ref: `#/components/responses/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const pageOf = (item: Schema, extra: Record<string, Schema> = {}) => ({
  allOf: [ref('Page'), { type: 'object', properties: { items: { type: 'array', items: item }, ...extra } }]
});
const body = (schema: Schema) => ({ required: true, content: { 'application/json': { schema } } });
const write = [{ bearer: [] }];
const readErrors = { '400': err('BadRequest'), '401': err('Unauthorized'), '404': err('NotFound') };
const writeErrors = {
  '400': err('BadRequest'),
  '401': err('Unauthorized'),
  '404': err('NotFound'),
  '409': err('Conflict'),
  '415': err('UnsupportedMediaType'),
  '422': err('Unprocessable')
};
const paging = [param('limit'), param('offset')];
const analysisExtra = { analysis: { oneOf: [ref('AnalysisInfo'), { type: 'null' }] } };

const claimRef = {
  oneOf: [
    { type: 'string', pattern: '^\\d+:\\d+-\\d+$', description: '"<article id>:<start>-<end>"' },
    {
      type: 'object',
      required: ['articleId', 'start', 'end'],
      properties: {
        articleId: { type: 'string' },
        start: { type: 'integer', minimum: 0 },
        end: { type: 'integer', minimum: 1 }
      }
    }
  ]
};
const verdict = { type: 'string', enum: [...VERDICTS] };
const discrepancyType = { type: 'string', enum: [...DISCREPANCY_TYPES] };
const common = { reason: { type: 'string', maxLength: 2000 }, author: { type: 'string', maxLength: 100 } };

export const openApiDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Parallax API',
    version: '1.0.0',
    description:
      'Events, articles, claims, claim groups (facts), verdicts, people’s corrections and the audit log. Writes ' +
      'need `Authorization: Bearer TOKEN` when the server sets PARALLAX_TOKEN; reads too with PARALLAX_PRIVATE=1. ' +
      'Errors are `{"error": {"code", "message", "field"?}}`. Lists take `limit` (1-500, default 50) and ' +
      '`offset` and give `next` (the next page’s path) or null. Who makes a change: body `author`, the ' +
      '`X-Parallax-Author` header or the `parallax_name` cookie.'
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    parameters: {
      limit: {
        name: 'limit',
        in: 'query',
        schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 }
      },
      offset: { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
      eventId: { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
      articleId: { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
      outletId: { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
      kind: {
        name: 'kind',
        in: 'query',
        schema: { type: 'string', enum: ['claim', 'non-claim', 'all'], default: 'all' }
      }
    },
    responses: {
      BadRequest: json(
        ref('Error'),
        'Malformed JSON (code malformed_json) or a bad query parameter (bad_parameter).'
      ),
      Unauthorized: json(ref('Error'), 'Missing or wrong token (code unauthorized).'),
      NotFound: json(ref('Error'), 'Unknown id (code not_found).'),
      Conflict: json(
        ref('Error'),
        'Already done: duplicate article, correction already undone (conflict, duplicate).'
      ),
      UnsupportedMediaType: json(ref('Error'), 'The body is not sent as application/json.'),
      Unprocessable: json(
        ref('Error'),
        'The input is well-formed but invalid (code validation_failed, with field).'
      )
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } }
          }
        }
      },
      Page: {
        type: 'object',
        required: ['items', 'total', 'limit', 'offset', 'next'],
        properties: {
          items: { type: 'array' },
          total: { type: 'integer' },
          limit: { type: 'integer' },
          offset: { type: 'integer' },
          next: { type: ['string', 'null'] }
        }
      },
      Event: {
        type: 'object',
        required: ['id', 'title', 'description', 'createdAt', 'updatedAt'],
        properties: {
          id: { type: 'integer' },
          title: { type: 'string' },
          description: { type: 'string' },
          createdAt: { type: 'string', format: 'date-time' },
          updatedAt: { type: 'string', format: 'date-time' },
          articles: { type: 'integer' },
          outlets: { type: 'integer' },
          analysis: { type: 'object', description: 'State of the latest analysis run.' }
        }
      },
      NewEvent: {
        type: 'object',
        required: ['title'],
        properties: {
          title: { type: 'string', minLength: 1, maxLength: 300 },
          description: { type: 'string' }
        }
      },
      Article: {
        type: 'object',
        required: ['id', 'eventId', 'outlet', 'title'],
        properties: {
          id: { type: 'integer' },
          eventId: { type: 'integer' },
          outlet: {
            type: 'object',
            properties: {
              id: { type: 'integer' },
              name: { type: 'string' },
              domain: { type: ['string', 'null'] }
            }
          },
          externalId: { type: ['string', 'null'] },
          title: { type: 'string' },
          url: { type: ['string', 'null'] },
          byline: { type: ['string', 'null'] },
          published: { type: ['string', 'null'] },
          language: { type: 'string' },
          addedAt: { type: 'string' },
          chars: { type: 'integer' },
          text: { type: 'string', description: 'Only on single-article responses.' }
        }
      },
      Outlet: {
        type: 'object',
        required: ['id', 'name', 'domain', 'country', 'kind', 'owner', 'mergedInto', 'articles', 'events'],
        properties: {
          id: { type: 'integer' },
          name: { type: 'string' },
          domain: { type: ['string', 'null'] },
          country: { type: ['string', 'null'] },
          kind: { type: ['string', 'null'], enum: [...OUTLET_KINDS, null] },
          owner: {
            type: ['string', 'null'],
            description:
              'The owning group ("Rossiya Segodnya"). The event page can count outlets with one owner as one source.'
          },
          mergedInto: { type: ['integer', 'null'] },
          articles: { type: 'integer', description: 'Articles (not removed) from this outlet.' },
          events: { type: 'integer' }
        }
      },
      OutletEdit: {
        type: 'object',
        description:
          'Only the fields given change; null or "" clears an optional field. Unknown fields: 422.',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          domain: { type: ['string', 'null'], maxLength: 200 },
          country: { type: ['string', 'null'], maxLength: 100 },
          kind: { type: ['string', 'null'], enum: [...OUTLET_KINDS, '', null] },
          owner: {
            type: ['string', 'null'],
            maxLength: 200,
            description: 'Trimmed; at most 200 characters.'
          },
          reason: { type: 'string' },
          author: { type: 'string' }
        }
      },
      NewArticle: {
        type: 'object',
        description: 'Give `text`, or only `url` to fetch and extract the page.',
        properties: {
          text: { type: 'string' },
          url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          outlet: { type: 'string', description: 'Outlet name or domain.' },
          byline: { type: 'string' },
          published: { type: 'string', description: 'ISO date or date-time.' }
        }
      },
      Claim: {
        type: 'object',
        description:
          'A sentence unit as the engine returns it (src/lib/analysis/types.ts Claim), corrections applied.',
        required: ['id', 'articleId', 'outlet', 'text', 'kind', 'start', 'end'],
        properties: {
          id: { type: 'string' },
          articleId: { type: 'string' },
          outlet: { type: 'string' },
          text: { type: 'string' },
          kind: { type: 'string', enum: ['claim', 'non-claim'] },
          start: { type: 'integer' },
          end: { type: 'integer' },
          certainty: { type: 'string', enum: ['asserted', 'attributed', 'hedged', 'denied'] }
        }
      },
      Discrepancy: {
        type: 'object',
        properties: {
          type: discrepancyType,
          claims: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
          values: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 }
        }
      },
      Group: {
        type: 'object',
        description:
          'A fact: claims of several outlets saying the same thing (ClaimGroup), corrections applied.',
        required: ['id', 'claims', 'label', 'verdict', 'outlets', 'discrepancies', 'cohesion'],
        properties: {
          id: { type: 'string' },
          claims: { type: 'array', items: { type: 'string' } },
          label: { type: 'string' },
          verdict,
          outlets: { type: 'object', additionalProperties: verdict },
          discrepancies: { type: 'array', items: ref('Discrepancy') },
          cohesion: { type: 'number' }
        }
      },
      GroupDetail: {
        allOf: [
          ref('Group'),
          {
            type: 'object',
            properties: {
              claims: { type: 'array', items: ref('Claim') },
              notes: { type: 'array', items: ref('Note') }
            }
          }
        ]
      },
      Verdicts: {
        type: 'object',
        properties: {
          group: { type: 'string' },
          label: { type: 'string' },
          verdict,
          outlets: { type: 'object', additionalProperties: verdict },
          discrepancies: { type: 'integer' }
        }
      },
      Agreement: {
        type: 'object',
        properties: {
          a: { type: 'string' },
          b: { type: 'string' },
          shared: { type: 'integer' },
          same: { type: 'integer' },
          partial: { type: 'integer' },
          differ: { type: 'integer' },
          score: { type: 'number' }
        }
      },
      AnalysisInfo: {
        type: 'object',
        properties: {
          runId: { type: 'integer' },
          engine: { type: ['string', 'null'] },
          finishedAt: { type: ['string', 'null'] },
          corrections: {
            type: 'object',
            properties: { applied: { type: 'integer' }, stale: { type: 'integer' } }
          }
        }
      },
      NewCorrection: {
        description:
          'A constraint on claims named by "<article id>:<start>-<end>" (stable across re-analysis).',
        oneOf: [
          {
            type: 'object',
            required: ['kind', 'claims'],
            properties: {
              kind: { const: 'merge' },
              claims: { type: 'array', items: claimRef, minItems: 2 },
              ...common
            }
          },
          {
            type: 'object',
            required: ['kind', 'claims'],
            properties: {
              kind: { const: 'split' },
              claims: { type: 'array', items: claimRef, minItems: 1 },
              ...common
            }
          },
          {
            type: 'object',
            required: ['kind', 'claim'],
            properties: {
              kind: { const: 'move' },
              claim: claimRef,
              to: { oneOf: [claimRef, { type: 'null' }] },
              ...common
            }
          },
          {
            type: 'object',
            required: ['kind', 'claim', 'outlet', 'verdict'],
            properties: {
              kind: { const: 'verdict' },
              claim: claimRef,
              outlet: { type: 'string' },
              verdict,
              ...common
            }
          },
          {
            type: 'object',
            required: ['kind', 'claims', 'type', 'values'],
            properties: {
              kind: { const: 'add-discrepancy' },
              claims: { type: 'array', items: claimRef, minItems: 2, maxItems: 2 },
              type: discrepancyType,
              values: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
              ...common
            }
          },
          {
            type: 'object',
            required: ['kind', 'claims', 'type'],
            properties: {
              kind: { const: 'dismiss-discrepancy' },
              claims: { type: 'array', items: claimRef, minItems: 2, maxItems: 2 },
              type: discrepancyType,
              ...common
            }
          },
          {
            type: 'object',
            required: ['kind', 'claim', 'to'],
            properties: {
              kind: { const: 'claim-kind' },
              claim: claimRef,
              to: { type: 'string', enum: ['claim', 'non-claim'] },
              ...common
            }
          },
          {
            type: 'object',
            required: ['kind', 'claim', 'start', 'end'],
            properties: {
              kind: { const: 'span' },
              claim: claimRef,
              start: { type: 'integer', minimum: 0 },
              end: { type: 'integer', minimum: 1 },
              ...common
            }
          }
        ]
      },
      Correction: {
        type: 'object',
        required: ['id', 'eventId', 'kind', 'author', 'createdAt', 'status'],
        properties: {
          id: { type: 'integer' },
          eventId: { type: 'integer' },
          kind: { type: 'string' },
          reason: { type: 'string' },
          author: { type: 'string' },
          createdAt: { type: 'string' },
          undoneAt: { type: ['string', 'null'] },
          status: { type: 'string', enum: ['applied', 'stale', 'undone', 'pending'] },
          staleReason: { type: 'string' }
        },
        additionalProperties: true
      },
      AuditEntry: {
        type: 'object',
        required: ['id', 'author', 'at', 'action', 'target'],
        properties: {
          id: { type: 'integer' },
          eventId: { type: ['integer', 'null'] },
          author: { type: 'string' },
          at: { type: 'string' },
          action: { type: 'string' },
          target: { type: 'string' },
          before: { type: ['object', 'null'] },
          after: { type: ['object', 'null'] },
          reason: { type: 'string' },
          undoes: { type: ['integer', 'null'] },
          undoneBy: { type: ['integer', 'null'] },
          supersededBy: {
            type: ['integer', 'null'],
            description:
              'In listings: a later entry that changed the same fields and is still in effect. This entry cannot ' +
              'be undone (409 conflict) until that one is undone.'
          }
        }
      },
      Note: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          eventId: { type: 'integer' },
          claimRef: { type: 'string' },
          body: { type: 'string' },
          author: { type: 'string' },
          createdAt: { type: 'string' }
        }
      },
      Undo: { type: 'object', properties: { reason: { type: 'string' }, author: { type: 'string' } } }
    }
  },
  paths: {
    '/api/events': {
      get: {
        operationId: 'listEvents',
        summary: 'List events, newest activity first',
        tags: ['events'],
        parameters: paging,
        responses: { '200': json(pageOf(ref('Event')), 'A page of events'), ...readErrors }
      },
      post: {
        operationId: 'createEvent',
        summary: 'Create an event',
        tags: ['events'],
        security: write,
        requestBody: body(ref('NewEvent')),
        responses: { '201': json(ref('Event'), 'Created'), ...writeErrors }
      }
    },
    '/api/events/{id}': {
      get: {
        operationId: 'getEvent',
        summary: 'One event with counts and analysis state',
        tags: ['events'],
        parameters: [param('eventId')],
        responses: { '200': json(ref('Event'), 'The event'), ...readErrors }
      }
    },
    '/api/events/{id}/articles': {
      get: {
        operationId: 'listArticles',
        summary: 'The event’s articles (without text)',
        tags: ['articles'],
        parameters: [param('eventId'), ...paging],
        responses: { '200': json(pageOf(ref('Article')), 'A page of articles'), ...readErrors }
      },
      post: {
        operationId: 'addArticle',
        summary: 'Add one article (text, or a URL to fetch); re-analysis follows',
        tags: ['articles'],
        security: write,
        parameters: [param('eventId')],
        requestBody: body(ref('NewArticle')),
        responses: { '201': json(ref('Article'), 'Added'), ...writeErrors }
      }
    },
    '/api/outlets': {
      get: {
        operationId: 'listOutlets',
        summary: 'Outlets by name (merged ones left out), with owner and counts',
        tags: ['outlets'],
        parameters: paging,
        responses: { '200': json(pageOf(ref('Outlet')), 'A page of outlets'), ...readErrors }
      }
    },
    '/api/outlets/{id}': {
      get: {
        operationId: 'getOutlet',
        summary: 'One outlet',
        tags: ['outlets'],
        parameters: [param('outletId')],
        responses: { '200': json(ref('Outlet'), 'The outlet'), ...readErrors }
      },
      patch: {
        operationId: 'editOutlet',
        summary:
          'Edit an outlet’s name, domain, country, kind or owner (audited; undo via /api/audit/{id}/undo)',
        tags: ['outlets'],
        security: write,
        parameters: [param('outletId')],
        requestBody: body(ref('OutletEdit')),
        responses: {
          '200': json(
            {
              type: 'object',
              properties: { outlet: ref('Outlet'), entry: { oneOf: [ref('AuditEntry'), { type: 'null' }] } }
            },
            'The outlet as it is now, and the audit entry (null when nothing changed)'
          ),
          ...writeErrors
        }
      }
    },
    '/api/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary: 'One article with its text',
        tags: ['articles'],
        parameters: [param('articleId')],
        responses: { '200': json(ref('Article'), 'The article'), ...readErrors }
      }
    },
    '/api/articles/{id}/claims': {
      get: {
        operationId: 'listArticleClaims',
        summary: 'The article’s sentence units, corrections applied',
        tags: ['claims'],
        parameters: [param('articleId'), param('kind'), ...paging],
        responses: { '200': json(pageOf(ref('Claim'), analysisExtra), 'A page of claims'), ...readErrors }
      }
    },
    '/api/events/{id}/claims': {
      get: {
        operationId: 'listEventClaims',
        summary: 'Every article’s sentence units, corrections applied',
        tags: ['claims'],
        parameters: [param('eventId'), param('kind'), ...paging],
        responses: { '200': json(pageOf(ref('Claim'), analysisExtra), 'A page of claims'), ...readErrors }
      }
    },
    '/api/events/{id}/groups': {
      get: {
        operationId: 'listGroups',
        summary: 'Facts (claim groups), corrections applied',
        tags: ['groups'],
        parameters: [param('eventId'), ...paging],
        responses: { '200': json(pageOf(ref('Group'), analysisExtra), 'A page of groups'), ...readErrors }
      }
    },
    '/api/events/{id}/groups/{groupId}': {
      get: {
        operationId: 'getGroup',
        summary: 'One fact with its claims and notes',
        tags: ['groups'],
        parameters: [
          param('eventId'),
          { name: 'groupId', in: 'path', required: true, schema: { type: 'string' } }
        ],
        responses: { '200': json(ref('GroupDetail'), 'The fact'), ...readErrors }
      }
    },
    '/api/events/{id}/verdicts': {
      get: {
        operationId: 'listVerdicts',
        summary: 'Per-fact and per-outlet verdicts, and outlet agreement',
        tags: ['verdicts'],
        parameters: [param('eventId'), ...paging],
        responses: {
          '200': json(
            pageOf(ref('Verdicts'), {
              agreement: { type: 'array', items: ref('Agreement') },
              ...analysisExtra
            }),
            'A page of verdicts'
          ),
          ...readErrors
        }
      }
    },
    '/api/events/{id}/corrections': {
      get: {
        operationId: 'listCorrections',
        summary: 'Every correction, oldest first, with its status',
        tags: ['corrections'],
        parameters: [param('eventId'), ...paging],
        responses: { '200': json(pageOf(ref('Correction')), 'A page of corrections'), ...readErrors }
      },
      post: {
        operationId: 'addCorrection',
        summary: 'Add a correction (audited)',
        tags: ['corrections'],
        security: write,
        parameters: [param('eventId')],
        requestBody: body(ref('NewCorrection')),
        responses: {
          '201': json(
            { type: 'object', properties: { correction: ref('Correction'), audit: ref('AuditEntry') } },
            'Stored'
          ),
          ...writeErrors
        }
      }
    },
    '/api/events/{id}/corrections/{correctionId}/undo': {
      post: {
        operationId: 'undoCorrection',
        summary: 'Undo a correction (a new audit entry)',
        tags: ['corrections'],
        security: write,
        parameters: [
          param('eventId'),
          { name: 'correctionId', in: 'path', required: true, schema: { type: 'integer' } }
        ],
        requestBody: { required: false, content: { 'application/json': { schema: ref('Undo') } } },
        responses: {
          '200': json({ type: 'object', properties: { entry: ref('AuditEntry') } }, 'Undone'),
          ...writeErrors
        }
      }
    },
    '/api/events/{id}/audit': {
      get: {
        operationId: 'listAudit',
        summary: 'The event’s audit log, newest first',
        tags: ['audit'],
        parameters: [param('eventId'), ...paging],
        responses: {
          '200': json(
            pageOf(ref('AuditEntry')),
            'A page of entries: the event’s own and the edits and merges of the outlets with articles in it (or ' +
              'merged into one that has), which have eventId null and target "outlet:ID" and change every event ' +
              'of that outlet.'
          ),
          ...readErrors
        }
      }
    },
    '/api/audit/{entryId}/undo': {
      post: {
        operationId: 'undoAuditEntry',
        summary: 'Undo any single audit entry (undoing an undo redoes)',
        tags: ['audit'],
        security: write,
        parameters: [{ name: 'entryId', in: 'path', required: true, schema: { type: 'integer' } }],
        requestBody: { required: false, content: { 'application/json': { schema: ref('Undo') } } },
        responses: {
          '201': json({ type: 'object', properties: { entry: ref('AuditEntry') } }, 'The new entry'),
          ...writeErrors,
          '409': json(
            ref('Error'),
            'Refused, nothing changed (code conflict, field entry): the entry was already undone, or a later entry ' +
              'that changed the same fields is still in effect (for a grouping correction: a later correction ' +
              'naming the same claim); the message names the entry to undo first.'
          )
        }
      }
    },
    '/api/events/{id}/notes': {
      get: {
        operationId: 'listNotes',
        summary: 'Notes left on the event’s facts',
        tags: ['notes'],
        parameters: [param('eventId'), ...paging],
        responses: { '200': json(pageOf(ref('Note')), 'A page of notes'), ...readErrors }
      },
      post: {
        operationId: 'addNote',
        summary: 'Leave a note on a fact (by one of its claims)',
        tags: ['notes'],
        security: write,
        parameters: [param('eventId')],
        requestBody: body({
          type: 'object',
          required: ['claim', 'body'],
          properties: { claim: claimRef, body: { type: 'string' }, author: { type: 'string' } }
        }),
        responses: {
          '201': json({ type: 'object', properties: { entry: ref('AuditEntry') } }, 'Stored'),
          ...writeErrors
        }
      }
    },
    '/api/openapi.json': {
      get: {
        operationId: 'openApi',
        summary: 'This description',
        tags: ['meta'],
        responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1') }
      }
    }
  }
};
