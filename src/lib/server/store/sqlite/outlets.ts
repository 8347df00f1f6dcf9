import { getDomain, getDomainWithoutSuffix } from 'tldts';
import type { Db } from './db';
import { assertReadable } from '../../assertReadable';
import { KNOWN_OUTLETS } from '../../knownOutlets';
import { statements } from './statements';
import { ValidationError } from '../../ValidationError';

export const OUTLET_KINDS = [
  'wire service',
  'state media',
  'public broadcaster',
  'newspaper',
  'broadcaster',
  'agency',
  'government',
  'other'
] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export interface Outlet {
  id: number;
  name: string;
  domain: string | null;
  country: string | null;
  kind: OutletKind | null;
  /** The owning group ("Rossiya Segodnya"); outlets with one owner can be counted as one source. */
  owner: string | null;
}

const q = statements((db) => ({
  byDomain: db.prepare<[string], Outlet>(
    'SELECT id, name, domain, country, kind, owner FROM outlets WHERE domain = ?'
  ),
  byNameWithoutDomain: db.prepare<[string], Outlet>(
    'SELECT id, name, domain, country, kind, owner FROM outlets WHERE domain IS NULL AND lower(name) = lower(?)'
  ),
  byName: db.prepare<[string], Outlet>(
    'SELECT id, name, domain, country, kind, owner FROM outlets WHERE lower(name) = lower(?) ORDER BY id LIMIT 1'
  ),
  byId: db.prepare<[number], Outlet>(
    'SELECT id, name, domain, country, kind, owner FROM outlets WHERE id = ?'
  ),
  insert: db.prepare<[string, string | null, string | null, string | null, string | null]>(
    'INSERT INTO outlets (name, domain, country, kind, owner) VALUES (?, ?, ?, ?, ?)'
  ),
  ownersOfEvent: db.prepare<[number], { name: string; owner: string }>(
    `SELECT DISTINCT o.name, o.owner FROM articles a JOIN outlets o ON o.id = a.outlet_id
      WHERE a.event_id = ? AND a.removed_at IS NULL AND o.owner IS NOT NULL`
  ),
  list: db.prepare<[number], Outlet>(
    'SELECT id, name, domain, country, kind, owner FROM outlets WHERE merged_into IS NULL ORDER BY name LIMIT ?'
  )
}));

/** "https://www.RT.com/news/1" -> "rt.com"; null when the URL is not http(s). */
export function domainOfUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return normaliseDomain(u.hostname);
  } catch {
    return null;
  }
}

/** Public Suffix List options: a site under a private suffix (name.blogspot.com) is its own outlet. */
const PSL = { allowPrivateDomains: true } as const;

/**
 * The outlet's domain: the registrable domain by the Public Suffix List ("news.bbc.co.uk" -> "bbc.co.uk",
 * "www.news.com.au" -> "news.com.au"), unless the host itself is a known outlet ("de.rt.com" is RT DE).
 */
export function normaliseDomain(domain: string): string {
  const host = domain
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^(www\d?|m|amp|edition|mobile)\./, '');
  if (KNOWN_OUTLETS[host]) return host;
  return getDomain(host, PSL) ?? host;
}

/** A readable default name: known outlets by their usual name, others from the registrable domain without its
 * public suffix ("dailynews.com" -> "Dailynews", "news.com.au" -> "News", "sunstar.com.ph" -> "Sunstar"). */
export function outletNameForDomain(domain: string): string {
  const known = KNOWN_OUTLETS[domain];
  if (known) return known.name;
  const label = getDomainWithoutSuffix(domain, PSL) || domain;
  const main = label.split('.').at(-1) || label;
  return main.charAt(0).toUpperCase() + main.slice(1);
}

export interface OutletRef {
  /** A name people use ("RT", "Reuters"), or a domain ("rt.com"). */
  name?: string | null;
  url?: string | null;
}

/**
 * Finds or creates the outlet for an article. Precedence: an explicit name that looks like a domain, the
 * article URL's domain, then the name alone. Call inside the caller's transaction.
 */
export function resolveOutlet(db: Db, ref: OutletRef): Outlet {
  const name = (ref.name ? assertReadable(ref.name, 'outlet', 'The outlet name') : '').trim();
  const nameAsDomain = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(name) ? normaliseDomain(name) : null;
  const domain = nameAsDomain ?? (ref.url ? domainOfUrl(ref.url) : null);
  const s = q(db);
  if (domain) {
    const existing = s.byDomain.get(domain);
    if (existing) return existing;
    const known = KNOWN_OUTLETS[domain];
    let display = nameAsDomain || !name ? outletNameForDomain(domain) : name;
    // The engine tells outlets apart by name: a name derived from this domain that another outlet (another
    // domain) already has would merge the two, so such an outlet is named by its domain instead.
    if ((nameAsDomain || !name) && s.byName.get(display)) display = domain;
    const id = Number(
      s.insert.run(display, domain, known?.country ?? null, known?.kind ?? null, known?.owner ?? null)
        .lastInsertRowid
    );
    return s.byId.get(id)!;
  }
  if (!name) throw new ValidationError('Give the outlet’s name or the article’s URL.', 'outlet', 'required');
  if (name.length > 200)
    throw new ValidationError('The outlet name is too long (200 characters at most).', 'outlet');
  const existing = s.byName.get(name);
  if (existing) return existing;
  const id = Number(s.insert.run(name, null, null, null, null).lastInsertRowid);
  return s.byId.get(id)!;
}

export function getOutlet(db: Db, id: number): Outlet | undefined {
  return q(db).byId.get(id);
}

export function listOutlets(db: Db, limit = 1000): Outlet[] {
  return q(db).list.all(limit);
}

/** Owner of each outlet with articles in the event, by the outlet name the analysis uses (outlets without one left out). */
export function outletOwnersOfEvent(db: Db, eventId: number): Record<string, string> {
  return Object.fromEntries(
    q(db)
      .ownersOfEvent.all(eventId)
      .map((r) => [r.name, r.owner])
  );
}
