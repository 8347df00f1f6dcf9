/**
 * Parallax's settings read from the environment, with their defaults: the one module that reads PARALLAX_*
 * variables. The README's configuration table lists every variable read here and in serverDefaults.js (a test
 * holds it to that).
 */
export const config = {
  /** The SQLite database file (PARALLAX_DB; default db/parallax.sqlite under the project root). */
  get databaseFile(): string | null {
    return process.env.PARALLAX_DB || null;
  },
  /** Where db/migrations and db/seed are found (PARALLAX_ROOT; default: found by walking up). */
  get projectRoot(): string | null {
    return process.env.PARALLAX_ROOT || null;
  },
  /** The access token guarding writes (PARALLAX_TOKEN; unset: no access control). */
  get accessToken(): string | null {
    return process.env.PARALLAX_TOKEN || null;
  },
  /** With a token, reads need it too (PARALLAX_PRIVATE=1). */
  get privateReads(): boolean {
    return process.env.PARALLAX_PRIVATE === '1';
  },
  /** Largest article text accepted, in bytes of UTF-8 (PARALLAX_MAX_ARTICLE_BYTES, default 1 MB). */
  get maxArticleBytes(): number {
    return positiveInt(process.env.PARALLAX_MAX_ARTICLE_BYTES, 1_000_000);
  },
  /** Import-by-URL: give up after this many milliseconds (PARALLAX_FETCH_TIMEOUT_MS, default 10 s). */
  get fetchTimeoutMs(): number {
    return positiveInt(process.env.PARALLAX_FETCH_TIMEOUT_MS, 10_000);
  },
  /** Import-by-URL: largest page downloaded, in bytes (PARALLAX_FETCH_MAX_BYTES, default 5 MB). */
  get fetchMaxBytes(): number {
    return positiveInt(process.env.PARALLAX_FETCH_MAX_BYTES, 5_000_000);
  },
  /** Import-by-URL may fetch loopback and private-network addresses (PARALLAX_FETCH_PRIVATE=1; tests use it). */
  get fetchPrivate(): boolean {
    return process.env.PARALLAX_FETCH_PRIVATE === '1';
  },
  /** Seed the demo event into an empty database (PARALLAX_DEMO=0 turns it off). */
  get seedDemo(): boolean {
    return process.env.PARALLAX_DEMO !== '0';
  }
};

function positiveInt(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Expected a positive whole number, got "${raw}"`);
  return n;
}
