// One schema per API request body. Routes validate with them (readBody) and the OpenAPI document is generated
// from them (openApiDocument), so the two cannot disagree. Unknown or wrong-typed fields are 422. What the
// schemas check is the shape; the store's own rules (a title is required, an author is named, claims exist)
// still give their messages.
import { CORRECTION_KINDS } from '../../../analysis/corrections';
import { DISCREPANCY_TYPES, VERDICTS } from '../../../analysis/types';
import { OUTLET_KINDS } from '../../store/sqlite/outlets';
import { z } from './z';

const text = (max?: number) => (max ? z.string().max(max) : z.string());
const optionalText = (max?: number) => text(max).nullable().optional();
const author = z.string().max(100).optional().openapi({
  description: 'Who makes the change (or the X-Parallax-Author header, or the parallax_name cookie).'
});
const reason = z.string().max(2000).optional();

export const ClaimRef = z
  .union([
    z.string().regex(/^\s*\d+:\d+-\d+\s*$/, 'must name a claim as "article:start-end"'),
    z.strictObject({
      articleId: z.union([z.string(), z.number().int()]),
      start: z.number().int().min(0),
      end: z.number().int().min(1)
    })
  ])
  .openapi('ClaimRef', {
    description: 'A claim by its span, stable across re-analysis: "<article id>:<start>-<end>" or an object.'
  });

export const NewEvent = z
  .strictObject({ title: text(300), description: text(5000).optional() })
  .openapi('NewEvent');

export const NewArticle = z
  .strictObject({
    text: optionalText(),
    url: optionalText(2000),
    title: optionalText(),
    outlet: optionalText().openapi({ description: 'Outlet name or domain.' }),
    byline: optionalText(),
    published: optionalText().openapi({ description: 'ISO date or date-time.' })
  })
  .openapi('NewArticle', { description: 'Give `text`, or only `url` to fetch and extract the page.' });

export const OutletEdit = z
  .strictObject({
    name: text(200).optional(),
    domain: optionalText(200),
    country: optionalText(100),
    kind: z
      .enum([...OUTLET_KINDS, ''])
      .nullable()
      .optional(),
    owner: optionalText(200).openapi({ description: 'Trimmed; at most 200 characters.' }),
    reason,
    author
  })
  .openapi('OutletEdit', {
    description: 'Only the fields given change; null or "" clears an optional field.'
  });

const common = { reason, author };
const pair = z.array(ClaimRef).length(2);
const correctionKinds = {
  merge: { claims: z.array(ClaimRef).min(2) },
  split: { claims: z.array(ClaimRef).min(1) },
  move: { claim: ClaimRef, to: z.union([ClaimRef, z.null()]).optional() },
  verdict: { claim: ClaimRef, outlet: text(300), verdict: z.enum(VERDICTS) },
  'add-discrepancy': { claims: pair, type: z.enum(DISCREPANCY_TYPES), values: z.array(text(300)).length(2) },
  'dismiss-discrepancy': { claims: pair, type: z.enum(DISCREPANCY_TYPES) },
  'claim-kind': { claim: ClaimRef, to: z.enum(['claim', 'non-claim']) },
  span: { claim: ClaimRef, start: z.number().int().min(0), end: z.number().int().min(1) }
} as const;
const correctionSchemas = CORRECTION_KINDS.map((kind) =>
  z.strictObject({ kind: z.literal(kind), ...correctionKinds[kind], ...common })
);

export const NewCorrection = z
  .discriminatedUnion('kind', correctionSchemas as unknown as [(typeof correctionSchemas)[0]])
  .openapi('NewCorrection', {
    description: 'A constraint on claims named by "<article id>:<start>-<end>" (stable across re-analysis).'
  });

export const Undo = z.strictObject({ reason, author }).openapi('Undo');

export const NewNote = z.strictObject({ claim: ClaimRef, body: text(5000), author }).openapi('NewNote');
