import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

/** Thrown (as the request's error) when a connection would go to an address the caller refuses. */
export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKEDADDRESS';
  constructor(readonly address: string) {
    super(`refused to connect to ${address}`);
  }
}

/**
 * One GET without following redirects. `isBlocked` sees the IP address the socket connects to: the literal of the
 * URL, or each address the name resolves to (checked inside the socket's own lookup, so what is checked is what is
 * connected to; a second lookup cannot answer differently). Resolves with the response head; the body is the
 * IncomingMessage stream.
 */
export function guardedGet(
  url: string,
  options: { signal: AbortSignal; headers: Record<string, string>; isBlocked: (address: string) => boolean }
): Promise<IncomingMessage> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && options.isBlocked(host)) return Promise.reject(new BlockedAddressError(host));
  const lookup = guardedLookup(options.isBlocked);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(target, {
      headers: options.headers,
      signal: options.signal,
      lookup,
      agent: false
    });
    req.once('response', resolve);
    req.once('error', reject);
  });
}

/** A dns.lookup that fails with BlockedAddressError when any address of the name is blocked. */
export function guardedLookup(isBlocked: (address: string) => boolean): LookupFunction {
  return ((hostname: string, options: LookupOptions, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error);
      const blocked = addresses.find((a) => isBlocked(a.address));
      if (blocked) return callback(new BlockedAddressError(blocked.address));
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  }) as LookupFunction;
}
