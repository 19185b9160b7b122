// Which network addresses a fetch may reach. By default dyad fetches only from the public internet:
// a URL in a feed or a redirect must not make it read this machine (loopback), the local network
// (private, carrier-grade NAT, unique local), the link-local range where cloud metadata services
// answer (169.254.169.254), multicast, or addresses reserved for no host at all. The ranges are the
// IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and its updates) that are not
// globally reachable; documentation ranges are refused too, since no real page lives there.
import { BlockList, isIP } from 'node:net';

const RANGES: [reason: string, family: 'ipv4' | 'ipv6', net: string, prefix: number][] = [
  ['loopback', 'ipv4', '127.0.0.0', 8],
  ['loopback', 'ipv6', '::1', 128],
  ['unspecified', 'ipv4', '0.0.0.0', 8],
  ['unspecified', 'ipv6', '::', 128],
  ['private', 'ipv4', '10.0.0.0', 8],
  ['private', 'ipv4', '172.16.0.0', 12],
  ['private', 'ipv4', '192.168.0.0', 16],
  ['private', 'ipv4', '100.64.0.0', 10],
  ['private', 'ipv6', 'fc00::', 7],
  ['private', 'ipv6', 'fec0::', 10],
  ['link-local', 'ipv4', '169.254.0.0', 16],
  ['link-local', 'ipv6', 'fe80::', 10],
  ['multicast', 'ipv4', '224.0.0.0', 4],
  ['multicast', 'ipv6', 'ff00::', 8],
  ['reserved', 'ipv4', '192.0.0.0', 24],
  ['reserved', 'ipv4', '192.0.2.0', 24],
  ['reserved', 'ipv4', '198.18.0.0', 15],
  ['reserved', 'ipv4', '198.51.100.0', 24],
  ['reserved', 'ipv4', '203.0.113.0', 24],
  ['reserved', 'ipv4', '240.0.0.0', 4],
  ['reserved', 'ipv6', '100::', 64],
  ['reserved', 'ipv6', '2001:db8::', 32],
];

const lists = new Map<string, BlockList>();
for (const [reason, family, net, prefix] of RANGES) {
  if (!lists.has(reason)) lists.set(reason, new BlockList());
  lists.get(reason)!.addSubnet(net, prefix, family);
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 (64:ff9b::) IPv6 address. */
function embeddedV4(ip: string): string | null {
  const m = /^(?:::ffff:|::|64:ff9b::)((?:\d{1,3}\.){3}\d{1,3})$/i.exec(ip);
  if (m) return m[1];
  const h = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (!h) return null;
  const hi = parseInt(h[1], 16);
  const lo = parseInt(h[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/**
 * Why an address may not be fetched from ('loopback', 'private', 'link-local', 'multicast',
 * 'unspecified', 'reserved'), or null for a public address. Anything that is not an IP address is
 * refused as 'not an address', so a resolver's odd answer never passes by mistake.
 */
export function blockedReason(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (!family) return 'not an address';
  const v4 = family === 6 ? embeddedV4(ip) : ip;
  if (v4 && isIP(v4) === 4) {
    for (const [reason, list] of lists) if (list.check(v4, 'ipv4')) return reason;
    return null;
  }
  for (const [reason, list] of lists) if (list.check(ip, 'ipv6')) return reason;
  return null;
}
