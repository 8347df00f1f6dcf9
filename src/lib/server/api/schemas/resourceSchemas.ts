// What the API answers, described once for the generated OpenAPI document (the JSON builders in resources.ts,
// outletsJson.ts and correctionJson.ts produce these shapes).
import { DISCREPANCY_TYPES, VERDICTS } from '../../../analysis/types';
import { OUTLET_KINDS } from '../../store/sqlite/outlets';
import { z } from './z';

const nullableText = z.string().nullable();
const int = z.number().int();
const verdict = z.enum(VERDICTS);

export const ApiErrorBody = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() })
  })
  .openapi('Error');

export const Event = z
  .object({
    id: int,
    title: z.string(),
    description: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
    articles: int.optional(),
    outlets: int.optional(),
    analysis: z
      .object({})
      .passthrough()
      .optional()
      .openapi({ description: 'State of the latest analysis run.' })
  })
  .openapi('Event');

export const Article = z
  .object({
    id: int,
    eventId: int,
    outlet: z.object({ id: int, name: z.string(), domain: nullableText }),
    externalId: nullableText,
    title: z.string(),
    url: nullableText,
    byline: nullableText,
    published: nullableText,
    language: z.string(),
    addedAt: z.string(),
    chars: int,
    text: z.string().optional().openapi({ description: 'Only on single-article responses.' })
  })
  .openapi('Article');

export const Outlet = z
  .object({
    id: int,
    name: z.string(),
    domain: nullableText,
    country: nullableText,
    kind: z.enum(OUTLET_KINDS).nullable(),
    owner: nullableText.openapi({
      description:
        'The owning group ("Rossiya Segodnya"). The event page can count outlets with one owner as one source.'
    }),
    mergedInto: int.nullable(),
    articles: int.openapi({ description: 'Articles (not removed) from this outlet.' }),
    events: int
  })
  .openapi('Outlet');

export const Claim = z
  .object({
    id: z.string(),
    articleId: z.string(),
    outlet: z.string(),
    text: z.string(),
    kind: z.enum(['claim', 'non-claim']),
    start: int,
    end: int,
    certainty: z.enum(['asserted', 'attributed', 'hedged', 'denied']).optional()
  })
  .openapi('Claim', {
    description:
      'A sentence unit as the engine returns it (src/lib/analysis/types.ts Claim), corrections applied.'
  });

export const Discrepancy = z
  .object({
    type: z.enum(DISCREPANCY_TYPES),
    claims: z.array(z.string()).length(2),
    values: z.array(z.string()).length(2)
  })
  .openapi('Discrepancy');

const factFields = {
  id: z.string(),
  label: z.string(),
  verdict,
  outlets: z.record(z.string(), verdict),
  discrepancies: z.array(Discrepancy),
  cohesion: z.number()
};

export const Fact = z.object({ ...factFields, claims: z.array(z.string()) }).openapi('Fact', {
  description: 'A fact: claims of several outlets saying the same thing, corrections applied.'
});

export const Note = z
  .object({
    id: int,
    eventId: int,
    claimRef: z.string(),
    body: z.string(),
    author: z.string(),
    createdAt: z.string()
  })
  .openapi('Note');

export const FactDetail = z
  .object({ ...factFields, claims: z.array(Claim), notes: z.array(Note) })
  .openapi('FactDetail');

export const Verdicts = z
  .object({
    fact: z.string(),
    group: z.string().openapi({
      deprecated: true,
      description: 'The fact id under the name it was first published with: as `fact`.'
    }),
    label: z.string(),
    verdict,
    outlets: z.record(z.string(), verdict),
    discrepancies: int.openapi({
      description: 'Conflicts between two outlets, each counted once however many of their claims repeat it.'
    })
  })
  .openapi('Verdicts');

export const Agreement = z
  .object({
    a: z.string(),
    b: z.string(),
    shared: int,
    same: int,
    partial: int,
    differ: int,
    score: z.number()
  })
  .openapi('Agreement');

export const AnalysisInfo = z
  .object({
    runId: int,
    engine: nullableText,
    finishedAt: nullableText,
    corrections: z.object({ applied: int, stale: int })
  })
  .openapi('AnalysisInfo');

export const Correction = z
  .object({
    id: int,
    eventId: int,
    kind: z.string(),
    reason: z.string(),
    author: z.string(),
    createdAt: z.string(),
    undoneAt: nullableText,
    status: z.enum(['applied', 'stale', 'undone', 'pending']),
    staleReason: z.string().optional()
  })
  .passthrough()
  .openapi('Correction', { description: 'The stored correction with its constraint fields (as posted).' });

export const AuditEntry = z
  .object({
    id: int,
    eventId: int.nullable(),
    author: z.string(),
    at: z.string(),
    action: z.string(),
    target: z.string(),
    before: z.object({}).passthrough().nullable(),
    after: z.object({}).passthrough().nullable(),
    reason: z.string(),
    undoes: int.nullable(),
    undoneBy: int.nullable(),
    supersededBy: z
      .number()
      .int()
      .nullable()
      .optional()
      .openapi({
        description:
          'In listings: a later entry that changed the same fields and is still in effect. This entry cannot be ' +
          'undone (409 conflict) until that one is undone.'
      })
  })
  .openapi('AuditEntry');

/** A page of a list: items, the total, and the path of the next page (null on the last one). */
export function pageOf<T extends z.ZodType>(item: T, extra: Record<string, z.ZodType> = {}) {
  return z.object({
    items: z.array(item),
    total: int,
    limit: int,
    offset: int,
    next: z.string().nullable(),
    ...extra
  });
}

export const withAnalysis = { analysis: AnalysisInfo.nullable() };
