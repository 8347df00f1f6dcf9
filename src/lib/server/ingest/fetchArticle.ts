import { lookup } from 'node:dns/promises';
import { config } from '../config';
import { ValidationError } from '../ValidationError';
import { htmlToArticle, type ExtractedArticle } from './htmlToArticle';
import { isPrivateAddress } from './isPrivateAddress';

export interface FetchedArticle extends ExtractedArticle {
  /** The URL the page was finally served from, after redirects. */
  finalUrl: string;
}

const MAX_REDIRECTS = 5;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Downloads a page and extracts its article. Only http(s); stops after config.fetchTimeoutMs and at
 * config.fetchMaxBytes; follows up to 5 redirects. Every failure is a ValidationError on the `url` field.
 */
export async function fetchArticle(url: string): Promise<FetchedArticle> {
  let current = checkedUrl(url);
  const timeoutMs = config.fetchTimeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(current, controller.signal, timeoutMs);
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects >= MAX_REDIRECTS) {
          throw new ValidationError(`Could not fetch ${url}: more than ${MAX_REDIRECTS} redirects.`, 'url');
        }
        current = checkedUrl(new URL(response.headers.get('location')!, current).toString());
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const reason = response.statusText ? ` ${response.statusText}` : '';
        throw new ValidationError(
          `Could not fetch ${current}: the server answered ${response.status}${reason}.`,
          'url',
          'http_status'
        );
      }
      const type = response.headers.get('content-type') ?? '';
      if (!HTML_TYPES.test(type.trim())) {
        await response.body?.cancel();
        throw new ValidationError(
          `${current} is not a web page (its content type is ${type.split(';')[0].trim() || 'not given'}).`,
          'url',
          'not_html'
        );
      }
      const html = await readLimited(response, current, controller.signal, timeoutMs);
      return { ...htmlToArticle(html, current), finalUrl: current };
    }
  } finally {
    clearTimeout(timer);
  }
}

function checkedUrl(value: string): string {
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    throw new ValidationError(`"${value}" is not a URL.`, 'url');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new ValidationError('Only http and https URLs can be imported.', 'url');
  }
  return u.toString();
}

/** Refuses hosts that resolve to a private or loopback address (checked again at every redirect). */
async function assertPublicHost(url: string): Promise<void> {
  if (config.fetchPrivate) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return; // Unknown host: fetch reports it in plain words.
  }
  if (addresses.some(isPrivateAddress)) {
    throw new ValidationError(
      `${url} points to a private or local network address; Parallax imports only public web pages.`,
      'url',
      'private_address'
    );
  }
}

async function request(url: string, signal: AbortSignal, timeoutMs: number): Promise<Response> {
  await assertPublicHost(url);
  try {
    return await fetch(url, {
      redirect: 'manual',
      signal,
      headers: {
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
        'user-agent': 'Parallax/0.1 (article import)'
      }
    });
  } catch (e) {
    throw fetchFailure(url, e, signal, timeoutMs);
  }
}

/** Streams the body and stops as soon as it passes the size limit; decodes it as UTF-8 (or the declared charset). */
async function readLimited(
  response: Response,
  url: string,
  signal: AbortSignal,
  timeoutMs: number
): Promise<string> {
  const limit = config.fetchMaxBytes;
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw tooLarge(url, limit);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (reader) {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limit) {
          await reader.cancel();
          throw tooLarge(url, limit);
        }
        chunks.push(value);
      }
    } catch (e) {
      if (e instanceof ValidationError) throw e;
      throw fetchFailure(url, e, signal, timeoutMs);
    }
  }
  const charset = /charset=([^;]+)/i.exec(response.headers.get('content-type') ?? '')?.[1]?.trim() || 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(Buffer.concat(chunks));
}

function tooLarge(url: string, limit: number): ValidationError {
  return new ValidationError(
    `Could not fetch ${url}: the page is larger than ${(limit / 1_000_000).toLocaleString('en')} MB.`,
    'url',
    'too_large'
  );
}

function fetchFailure(url: string, error: unknown, signal: AbortSignal, timeoutMs: number): ValidationError {
  if (signal.aborted) {
    return new ValidationError(
      `Could not fetch ${url}: timed out after ${formatSeconds(timeoutMs)}.`,
      'url',
      'timeout'
    );
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? '';
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new ValidationError(`Could not fetch ${url}: ${NETWORK_REASONS[code] ?? detail}.`, 'url', 'network');
}

/** Plain words for the network errors people meet; anything else is reported as Node words it. */
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection (ECONNREFUSED)',
  ENOTFOUND: 'no server has that name (ENOTFOUND)',
  EAI_AGAIN: 'the server name could not be looked up (EAI_AGAIN)',
  ECONNRESET: 'the connection was cut (ECONNRESET)',
  EHOSTUNREACH: 'the server cannot be reached (EHOSTUNREACH)',
  CERT_HAS_EXPIRED: 'its security certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its security certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its security certificate cannot be verified'
};

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
