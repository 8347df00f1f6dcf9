/** Settings read from the environment, with their defaults. The README lists every one. */
export const config = {
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
