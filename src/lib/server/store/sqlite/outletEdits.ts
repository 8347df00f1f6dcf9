import type { Db } from './db';
import { assertReadable } from '../../assertReadable';
import { normaliseDomain, OUTLET_KINDS, type Outlet, type OutletKind } from './outlets';
import { statements } from './statements';
import { ValidationError } from '../../ValidationError';
import { appendAudit, type AuditEntry } from './auditLog';
import { validateAuthor, validateReason } from '../../corrections/validateAuthor';

export interface OutletDetails extends Outlet {
  merged_into: number | null;
  articles: number;
  events: number;
}

export interface OutletState {
  name?: string;
  domain?: string | null;
  country?: string | null;
  kind?: OutletKind | null;
  owner?: string | null;
  merged_into?: number | null;
  /** With merged_into: the articles the merge moved (back to this outlet when merged_into is null). */
  article_ids?: number[];
}

const q = statements((db) => ({
  details: db.prepare<
    [number],
    OutletDetails
  >(`SELECT o.id, o.name, o.domain, o.country, o.kind, o.owner, o.merged_into,
      (SELECT count(*) FROM articles a WHERE a.outlet_id = o.id AND a.removed_at IS NULL) AS articles,
      (SELECT count(DISTINCT a.event_id) FROM articles a WHERE a.outlet_id = o.id AND a.removed_at IS NULL) AS events
    FROM outlets o WHERE o.id = ?`),
  list: db.prepare<
    [number, number],
    OutletDetails
  >(`SELECT o.id, o.name, o.domain, o.country, o.kind, o.owner, o.merged_into,
      (SELECT count(*) FROM articles a WHERE a.outlet_id = o.id AND a.removed_at IS NULL) AS articles,
      (SELECT count(DISTINCT a.event_id) FROM articles a WHERE a.outlet_id = o.id AND a.removed_at IS NULL) AS events
    FROM outlets o WHERE o.merged_into IS NULL ORDER BY lower(o.name), o.id LIMIT ? OFFSET ?`),
  count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outlets WHERE merged_into IS NULL'),
  byDomain: db.prepare<[string, number], { id: number }>(
    'SELECT id FROM outlets WHERE domain = ? AND id != ?'
  ),
  byNameNoDomain: db.prepare<[string, number], { id: number }>(
    'SELECT id FROM outlets WHERE domain IS NULL AND lower(name) = lower(?) AND id != ?'
  ),
  update: db.prepare(
    'UPDATE outlets SET name = @name, domain = @domain, country = @country, kind = @kind, owner = @owner WHERE id = @id'
  ),
  owners: db.prepare<[], { owner: string }>(
    `SELECT min(owner) AS owner FROM outlets WHERE owner IS NOT NULL AND merged_into IS NULL
      GROUP BY lower(owner) ORDER BY lower(owner)`
  ),
  sameOwner: db.prepare<[string, number], { id: number; name: string }>(
    `SELECT id, name FROM outlets WHERE lower(owner) = lower(?) AND id != ? AND merged_into IS NULL
      ORDER BY lower(name), id`
  ),
  setMerged: db.prepare<[number | null, number]>('UPDATE outlets SET merged_into = ? WHERE id = ?'),
  articleIds: db.prepare<[number], { id: number }>('SELECT id FROM articles WHERE outlet_id = ? ORDER BY id'),
  moveArticle: db.prepare<[number, number]>('UPDATE articles SET outlet_id = ? WHERE id = ?'),
  eventsOf: db.prepare<[number], { event_id: number }>(
    'SELECT DISTINCT event_id FROM articles WHERE outlet_id = ? AND removed_at IS NULL'
  )
}));

export function getOutletDetails(db: Db, id: number): OutletDetails | undefined {
  return q(db).details.get(id);
}

export function listOutletDetails(
  db: Db,
  { limit = 200, offset = 0 } = {}
): { items: OutletDetails[]; total: number } {
  return { items: q(db).list.all(limit, offset), total: q(db).count.get()!.n };
}

/** Every owner set on an outlet, once each (suggestions for the edit form). */
export function listOwners(db: Db): string[] {
  return q(db)
    .owners.all()
    .map((r) => r.owner);
}

/** The other (unmerged) outlets with the same owner, compared case-insensitively. */
export function outletsOfOwner(db: Db, owner: string, exceptId: number): { id: number; name: string }[] {
  return q(db).sameOwner.all(owner, exceptId);
}

/** Events with articles from the outlet (to re-analyze after a change of name). */
export function eventsOfOutlet(db: Db, id: number): number[] {
  return q(db)
    .eventsOf.all(id)
    .map((r) => r.event_id);
}

function optional(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ValidationError(`${field} must be text.`, field);
  const v = assertReadable(value, field).trim();
  if (v.length > max) throw new ValidationError(`${field} is too long (${max} characters at most).`, field);
  return v || null;
}

function requireOutlet(db: Db, id: number, field = 'outlet'): OutletDetails {
  const outlet = getOutletDetails(db, id);
  if (!outlet) throw new ValidationError(`There is no outlet ${id}.`, field, 'not_found');
  return outlet;
}

type EditableFields = Required<Pick<OutletState, 'name' | 'domain' | 'country' | 'kind' | 'owner'>>;
const EDITABLE = ['name', 'domain', 'country', 'kind', 'owner'] as const;

/** Edits display name, domain, country, kind and owner (fields not given stay as they are). */
export function editOutlet(
  db: Db,
  id: number,
  input: Record<string, unknown>,
  author: unknown
): { outlet: OutletDetails; audit: AuditEntry | null } {
  return db
    .transaction(() => {
      const who = validateAuthor(author);
      const reason = validateReason(input.reason);
      const outlet = requireOutlet(db, id);
      const next: EditableFields = {
        name: outlet.name,
        domain: outlet.domain,
        country: outlet.country,
        kind: outlet.kind,
        owner: outlet.owner
      };
      if (input.name !== undefined) {
        const name = optional(input.name, 'name', 200);
        if (!name) throw new ValidationError('Give the outlet a name.', 'name', 'required');
        next.name = name;
      }
      if (input.domain !== undefined) {
        const domain = optional(input.domain, 'domain', 200);
        next.domain = domain ? normaliseDomain(domain) : null;
        if (next.domain && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(next.domain)) {
          throw new ValidationError(`"${domain}" is not a domain name (like rt.com).`, 'domain');
        }
      }
      if (input.country !== undefined) next.country = optional(input.country, 'country', 100);
      if (input.kind !== undefined) {
        const kind = optional(input.kind, 'kind', 50);
        if (kind && !OUTLET_KINDS.includes(kind as OutletKind)) {
          throw new ValidationError(`kind must be one of: ${OUTLET_KINDS.join(', ')}.`, 'kind');
        }
        next.kind = (kind as OutletKind | null) ?? null;
      }
      // Blank clears the owner; inner runs of spaces are folded so "Axel  Springer" and "Axel Springer" match.
      if (input.owner !== undefined)
        next.owner = optional(input.owner, 'owner', 200)?.replace(/\s+/g, ' ') ?? null;
      const audit = applyOutletFields(db, outlet, next, who, reason);
      return { outlet: getOutletDetails(db, id)!, audit };
    })
    .immediate();
}

function applyOutletFields(
  db: Db,
  outlet: OutletDetails,
  next: EditableFields,
  author: string,
  reason: string,
  undoes: number | null = null
): AuditEntry | null {
  const before: OutletState = {};
  const after: OutletState = {};
  for (const key of EDITABLE) {
    if (outlet[key] !== next[key]) {
      (before as Record<string, unknown>)[key] = outlet[key];
      (after as Record<string, unknown>)[key] = next[key];
    }
  }
  if (!Object.keys(after).length) return null;
  if (next.domain && q(db).byDomain.get(next.domain, outlet.id)) {
    throw new ValidationError(
      `Another outlet has the domain ${next.domain}: merge the two instead.`,
      'domain',
      'duplicate'
    );
  }
  if (!next.domain && q(db).byNameNoDomain.get(next.name, outlet.id)) {
    throw new ValidationError(
      `Another outlet is called ${next.name}: merge the two instead.`,
      'name',
      'duplicate'
    );
  }
  q(db).update.run({ ...next, id: outlet.id });
  return appendAudit(db, {
    eventId: null,
    author,
    action: 'outlet.edit',
    target: `outlet:${outlet.id}`,
    before: before as Record<string, unknown>,
    after: after as Record<string, unknown>,
    reason,
    undoes
  });
}

/** Merges `fromId` into `intoId`: its articles move, the outlet row stays (marked merged) for undo. */
export function mergeOutlets(
  db: Db,
  fromId: number,
  intoId: unknown,
  author: unknown,
  reason?: unknown
): AuditEntry {
  return db
    .transaction(() => {
      const who = validateAuthor(author);
      const why = validateReason(reason);
      const from = requireOutlet(db, fromId);
      const intoNumber = typeof intoId === 'string' && intoId.trim() ? Number(intoId) : intoId;
      if (typeof intoNumber !== 'number' || !Number.isInteger(intoNumber)) {
        throw new ValidationError('Choose the outlet to merge into.', 'into', 'required');
      }
      const into = requireOutlet(db, intoNumber, 'into');
      if (into.id === from.id) throw new ValidationError('An outlet cannot be merged into itself.', 'into');
      if (from.merged_into) throw new ValidationError(`${from.name} was already merged.`, 'outlet');
      if (into.merged_into)
        throw new ValidationError(`${into.name} was itself merged into another outlet.`, 'into');
      const ids = q(db)
        .articleIds.all(from.id)
        .map((r) => r.id);
      return setOutletMerge(db, from.id, { merged_into: into.id, article_ids: ids }, who, why, null, {
        merged_into: null,
        article_ids: ids
      });
    })
    .immediate();
}

function setOutletMerge(
  db: Db,
  id: number,
  state: OutletState,
  author: string,
  reason: string,
  undoes: number | null,
  before: OutletState
): AuditEntry {
  const target = state.merged_into ?? id;
  for (const articleId of state.article_ids ?? []) q(db).moveArticle.run(target, articleId);
  q(db).setMerged.run(state.merged_into ?? null, id);
  return appendAudit(db, {
    eventId: null,
    author,
    action: state.merged_into ? 'outlet.merge' : 'outlet.unmerge',
    target: `outlet:${id}`,
    before: before as Record<string, unknown>,
    after: state as Record<string, unknown>,
    reason,
    undoes
  });
}

/** Puts an outlet back in the state an audit entry recorded (undo). */
export function restoreOutletState(
  db: Db,
  id: number,
  state: OutletState,
  current: OutletState,
  author: string,
  reason: string,
  undoes: number
): AuditEntry {
  const outlet = requireOutlet(db, id);
  if ('merged_into' in state) return setOutletMerge(db, id, state, author, reason, undoes, current);
  const entry = applyOutletFields(
    db,
    outlet,
    {
      name: state.name ?? outlet.name,
      domain: 'domain' in state ? (state.domain ?? null) : outlet.domain,
      country: 'country' in state ? (state.country ?? null) : outlet.country,
      kind: 'kind' in state ? (state.kind ?? null) : outlet.kind,
      owner: 'owner' in state ? (state.owner ?? null) : outlet.owner
    },
    author,
    reason,
    undoes
  );
  if (entry) return entry;
  // Nothing to change (already as recorded): still log the undo so the entry shows as undone.
  return appendAudit(db, {
    eventId: null,
    author,
    action: 'outlet.edit',
    target: `outlet:${id}`,
    before: current as Record<string, unknown>,
    after: state as Record<string, unknown>,
    reason,
    undoes
  });
}
