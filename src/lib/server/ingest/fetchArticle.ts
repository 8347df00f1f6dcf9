import type { IncomingMessage } from 'node:http';
import { config } from '../config';
import { ValidationError } from '../ValidationError';
import { htmlToArticle, type ExtractedArticle } from './htmlToArticle';
import { BlockedAddressError, guardedGet } from './guardedGet';
import { isPrivateAddress } from './isPrivateAddress';

export interface FetchedArticle extends ExtractedArticle {
  /** The URL the page was finally served from, after redirects. */
  finalUrl: string;
}

const MAX_REDIRECTS = 5;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Downloads a page and extracts its article. Only http(s); stops after config.fetchTimeoutMs and at
 * config.fetchMaxBytes; follows up to 5 redirects. Every hop connects only to addresses `isBlocked` lets through
 * (by default: public ones). Every failure is a ValidationError on the `url` field.
 */
export async function fetchArticle(
  url: string,
  isBlocked: (address: string) => boolean = defaultBlocked
): Promise<FetchedArticle> {
  let current = checkedUrl(url);
  const timeoutMs = config.fetchTimeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(current, controller.signal, timeoutMs, isBlocked);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.destroy();
        if (redirects >= MAX_REDIRECTS) {
          throw new ValidationError(`Could not fetch ${url}: more than ${MAX_REDIRECTS} redirects.`, 'url');
        }
        current = checkedUrl(new URL(response.headers.location, current).toString());
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        const reason = response.statusMessage ? ` ${response.statusMessage}` : '';
        throw new ValidationError(
          `Could not fetch ${current}: the server answered ${status}${reason}.`,
          'url',
          'http_status'
        );
      }
      const type = response.headers['content-type'] ?? '';
      if (!HTML_TYPES.test(type.trim())) {
        response.destroy();
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

/** Private and local addresses are refused unless PARALLAX_FETCH_PRIVATE=1. */
function defaultBlocked(address: string): boolean {
  return !config.fetchPrivate && isPrivateAddress(address);
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

/** One hop; the address every connection goes to is checked (guardedGet), so each redirect is checked too. */
async function request(
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
  isBlocked: (address: string) => boolean
): Promise<IncomingMessage> {
  try {
    return await guardedGet(url, {
      signal,
      isBlocked,
      headers: {
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
        'user-agent': 'Parallax/0.1 (article import)'
      }
    });
  } catch (e) {
    if (e instanceof BlockedAddressError) {
      throw new ValidationError(
        `${url} points to a private or local network address (${e.address}); Parallax imports only public web pages.`,
        'url',
        'private_address'
      );
    }
    throw fetchFailure(url, e, signal, timeoutMs);
  }
}

/** Streams the body and stops as soon as it passes the size limit; decodes it as UTF-8 (or the declared charset). */
async function readLimited(
  response: IncomingMessage,
  url: string,
  signal: AbortSignal,
  timeoutMs: number
): Promise<string> {
  const limit = config.fetchMaxBytes;
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    response.destroy();
    throw tooLarge(url, limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > limit) {
        response.destroy();
        throw tooLarge(url, limit);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof ValidationError) throw e;
    throw fetchFailure(url, e, signal, timeoutMs);
  }
  const charset = /charset=([^;]+)/i.exec(response.headers['content-type'] ?? '')?.[1]?.trim() || 'utf-8';
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
  // Node's http errors carry the code themselves; fetch-style errors carry it on their cause.
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause ?? error;
  const code = (cause as { code?: string })?.code ?? '';
  const detail = (cause as { message?: string })?.message ?? String(error);
  return new ValidationError(`Could not fetch ${url}: ${NETWORK_REASONS[code] ?? detail}.`, 'url', 'network');
}

/** Plain words for the network errors people meet; anything else is reported as Node words it. */
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection (ECONNREFUSED)',
  ENOTFOUND: 'no server has that name — check the address, or whether this computer is online (ENOTFOUND)',
  EAI_AGAIN: 'the server name could not be looked up — this computer may be offline (EAI_AGAIN)',
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
