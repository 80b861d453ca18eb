import { BlockList, isIP } from 'node:net';

/**
 * Addresses a URL given in chat must not make the server fetch: loopback, private networks, link-local (cloud
 * metadata services live at 169.254.169.254), carrier-grade NAT, multicast and reserved ranges. Anyone allowed to run
 * /ingest could otherwise read pages only the server can reach. SITREP_INGEST_ALLOW_PRIVATE=1 lifts the rule for
 * intranet sources (and for tests, whose servers listen on 127.0.0.1).
 */
const IPV4: ReadonlyArray<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];
const IPV6: ReadonlyArray<[string, number]> = [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
];

const blocked = new BlockList();
for (const [net, prefix] of IPV4) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of IPV6) blocked.addSubnet(net, prefix, 'ipv6');

/**
 * Whether an IP address is not on the public internet. IPv4-mapped IPv6 forms (::ffff:127.0.0.1) are judged by the
 * IPv4 rules. Anything that is not an IP address counts as private: refusing is the safe answer to a malformed value.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return true;
  return blocked.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** The environment switch, read once at start: "1"/"true" allow private addresses; unset, "", "0", "false" do not. */
export function allowPrivateFromEnv(value: string | undefined): boolean {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false') return false;
  if (v === '1' || v === 'true') return true;
  throw new RangeError(`SITREP_INGEST_ALLOW_PRIVATE: must be 1 or 0 (true or false)`);
}
