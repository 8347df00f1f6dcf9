import { isIP } from 'node:net';

/**
 * True for every address a public web page cannot live at: loopback, private and shared (CGNAT) ranges, link-local,
 * unique-local, multicast, unspecified, reserved, benchmarking and documentation ranges, and any IPv6 form that
 * carries an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4) when that IPv4 address is one of these.
 * Import by URL checks the address each connection actually goes to against this (PARALLAX_FETCH_PRIVATE=1 turns
 * the check off), so a shared Parallax server cannot be used to read services on its own network.
 *
 * It works on the parsed bytes of the address, never on its spelling: `::ffff:127.0.0.1`, `::ffff:7f00:1` and
 * `0:0:0:0:0:ffff:7f00:0001` are one address. Anything that is not an IP address counts as private (refused).
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const kind = isIP(bare);
  if (kind === 4) return isPrivateIPv4(parseIPv4(bare));
  if (kind === 6) return isPrivateIPv6(parseIPv6(bare));
  return true;
}

/** [first address, prefix length] of the IPv4 ranges that are not public (IANA special-purpose registry). */
const PRIVATE_V4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4] // reserved, and 255.255.255.255 broadcast
];

/** IPv6 ranges that are not public, inside global unicast 2000::/3 (everything outside it is refused anyway). */
const PRIVATE_V6: ReadonlyArray<readonly [string, number]> = [
  ['2001::', 32], // Teredo (tunnels to an IPv4 address that cannot be checked)
  ['2001:2::', 48], // benchmarking
  ['2001:10::', 28], // ORCHID
  ['2001:20::', 28], // ORCHIDv2
  ['2001:db8::', 32], // documentation
  ['3fff::', 20] // documentation (RFC 9637)
];

function isPrivateIPv4(bytes: Uint8Array): boolean {
  return PRIVATE_V4.some(([net, bits]) => inPrefix(bytes, parseIPv4(net), bits));
}

function isPrivateIPv6(bytes: Uint8Array): boolean {
  const embedded = embeddedIPv4(bytes);
  if (embedded) return isPrivateIPv4(embedded);
  // Public IPv6 unicast is 2000::/3; ::, ::1, fc00::/7 (unique-local), fe80::/10 (link-local), ff00::/8
  // (multicast), 64:ff9b:1::/48 (local NAT64) and the rest of the reserved space all fall outside it.
  if ((bytes[0] & 0xe0) !== 0x20) return true;
  return PRIVATE_V6.some(([net, bits]) => inPrefix(bytes, parseIPv6(net), bits));
}

/** The IPv4 address an IPv6 address stands for, if it is one of the forms that carry one. */
function embeddedIPv4(bytes: Uint8Array): Uint8Array | null {
  const zeros = (from: number, to: number) => bytes.subarray(from, to).every((b) => b === 0);
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, deprecated; not :: and ::1).
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.subarray(12);
  if (zeros(0, 12) && !(zeros(12, 15) && bytes[15] <= 1)) return bytes.subarray(12);
  // 64:ff9b::/96, the well-known NAT64 prefix: the gateway connects to the IPv4 address in the last 32 bits.
  if (bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12))
    return bytes.subarray(12);
  // 2002::/16, 6to4: the IPv4 address of the tunnel end is in bits 16-47.
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.subarray(2, 6);
  return null;
}

function inPrefix(bytes: Uint8Array, net: Uint8Array, bits: number): boolean {
  for (let i = 0; i < net.length && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i] & mask) !== (net[i] & mask)) return false;
  }
  return true;
}

function parseIPv4(address: string): Uint8Array {
  return Uint8Array.from(address.split('.').map(Number));
}

/** 16 bytes of an IPv6 address in any valid spelling (`::`, a trailing dotted IPv4 part); isIP has vetted it. */
function parseIPv6(address: string): Uint8Array {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = parseIPv4(dotted[1]);
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const first = groups(head);
  const last = tail === undefined ? [] : groups(tail);
  const all = [...first, ...new Array(8 - first.length - last.length).fill(0), ...last];
  const bytes = new Uint8Array(16);
  all.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}
