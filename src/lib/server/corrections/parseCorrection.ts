import { CORRECTION_KINDS, type ClaimRef, type Correction } from '../../analysis/corrections';
import { DISCREPANCY_TYPES, VERDICTS } from '../../analysis/types';
import { ValidationError } from '../ValidationError';

/** A correction as it is stored: everything but its id and reason. */
export type CorrectionPayload = Correction extends infer C
  ? C extends Correction
    ? Omit<C, 'id' | 'reason'>
    : never
  : never;

/** "12:0-55" or {"articleId": "12", "start": 0, "end": 55}. */
export function parseClaimRef(value: unknown, field: string): ClaimRef {
  if (typeof value === 'string') {
    const m = /^\s*(\d+):(\d+)-(\d+)\s*$/.exec(value);
    if (!m) throw new ValidationError(`${field} must name a claim as "article:start-end".`, field);
    return checkSpan({ articleId: m[1], start: Number(m[2]), end: Number(m[3]) }, field);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError(`${field} must be a claim reference {articleId, start, end}.`, field);
  }
  const v = value as Record<string, unknown>;
  const articleId = typeof v.articleId === 'number' ? String(v.articleId) : v.articleId;
  if (typeof articleId !== 'string' || !/^\d+$/.test(articleId)) {
    throw new ValidationError(`${field}.articleId must be an article id.`, `${field}.articleId`);
  }
  for (const key of ['start', 'end'] as const) {
    if (typeof v[key] !== 'number' || !Number.isInteger(v[key])) {
      throw new ValidationError(`${field}.${key} must be a whole number.`, `${field}.${key}`);
    }
  }
  return checkSpan({ articleId, start: v.start as number, end: v.end as number }, field);
}

function checkSpan(ref: ClaimRef, field: string): ClaimRef {
  if (ref.start < 0 || ref.end <= ref.start) {
    throw new ValidationError(`${field} must have 0 <= start < end.`, field);
  }
  return ref;
}

function claimList(value: unknown, field: string, min: number): ClaimRef[] {
  const list = typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value;
  if (!Array.isArray(list)) throw new ValidationError(`${field} must be a list of claims.`, field);
  const refs = list.map((v, i) => parseClaimRef(v, `${field}[${i}]`));
  const distinct = new Set(refs.map((r) => `${r.articleId}:${r.start}-${r.end}`));
  if (distinct.size < min) {
    throw new ValidationError(
      `Choose at least ${min} different claim${min > 1 ? 's' : ''}.`,
      field,
      'required'
    );
  }
  return refs;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new ValidationError(`${field} must be one of: ${allowed.join(', ')}.`, field);
  }
  return value as T;
}

function wholeNumber(value: unknown, field: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new ValidationError(`${field} must be a whole number >= 0.`, field);
  }
  return n;
}

function valueText(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value.trim())
    throw new ValidationError(`${field} must be non-empty text.`, field);
  if (value.length > 300) throw new ValidationError(`${field} is too long (300 characters at most).`, field);
  return value.trim();
}

/**
 * Checks a correction from a form or the API. Span fixes get their `text` from the article afterwards
 * (addCorrection), so here it is left empty.
 */
export function parseCorrection(value: unknown): CorrectionPayload {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError('A correction must be a JSON object with a "kind".', '(root)');
  }
  const v = value as Record<string, unknown>;
  const kind = oneOf(v.kind, CORRECTION_KINDS, 'kind');
  switch (kind) {
    case 'merge':
      return { kind, claims: claimList(v.claims, 'claims', 2) };
    case 'split':
      return { kind, claims: claimList(v.claims, 'claims', 1) };
    case 'move':
      return {
        kind,
        claim: parseClaimRef(v.claim, 'claim'),
        to:
          v.to === null || v.to === undefined || v.to === '' || v.to === 'new'
            ? null
            : parseClaimRef(v.to, 'to')
      };
    case 'verdict':
      return {
        kind,
        claim: parseClaimRef(v.claim, 'claim'),
        outlet: valueText(v.outlet, 'outlet'),
        verdict: oneOf(v.verdict, VERDICTS, 'verdict')
      };
    case 'add-discrepancy': {
      const claims = claimList(v.claims, 'claims', 2);
      if (claims.length !== 2)
        throw new ValidationError('A discrepancy is between exactly two claims.', 'claims');
      const values = Array.isArray(v.values) ? v.values : [v.valueA, v.valueB];
      return {
        kind,
        claims: [claims[0], claims[1]],
        type: oneOf(v.type, DISCREPANCY_TYPES, 'type'),
        values: [valueText(values[0], 'values[0]'), valueText(values[1], 'values[1]')]
      };
    }
    case 'dismiss-discrepancy': {
      const claims = claimList(v.claims, 'claims', 2);
      if (claims.length !== 2)
        throw new ValidationError('A discrepancy is between exactly two claims.', 'claims');
      return { kind, claims: [claims[0], claims[1]], type: oneOf(v.type, DISCREPANCY_TYPES, 'type') };
    }
    case 'claim-kind':
      return {
        kind,
        claim: parseClaimRef(v.claim, 'claim'),
        to: oneOf(v.to, ['claim', 'non-claim'] as const, 'to')
      };
    case 'span': {
      const start = wholeNumber(v.start, 'start');
      const end = wholeNumber(v.end, 'end');
      if (end <= start) throw new ValidationError('The span must end after it starts.', 'end');
      return { kind, claim: parseClaimRef(v.claim, 'claim'), start, end, text: '' };
    }
  }
}
