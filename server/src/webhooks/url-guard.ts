import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { badInput } from '../common/app-error';

/** Addresses a webhook may not reach unless WEBHOOK_ALLOW_PRIVATE=1: an outside caller must not make us probe our own network. */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // unspecified / "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** True for private, loopback, link-local, unspecified and other non-public addresses (IPv4-mapped IPv6 included). */
export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Every address a host name resolves to (an IP literal is its own). */
export type Resolver = (host: string) => Promise<string[]>;

export const resolveAll: Resolver = async (host) => {
  if (isIP(host)) return [host];
  return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
};

/**
 * Refuses (BAD_USER_INPUT, field `url`) a URL that is not http(s), has credentials, or names a host any of whose
 * addresses is blocked — checked on every address, so a name with one public and one private address is refused.
 * Run at creation and again before every delivery (DNS can change in between).
 */
export async function checkWebhookUrl(text: string, allowPrivate: boolean, resolve: Resolver = resolveAll): Promise<URL> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput('url', 'must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput('url', 'must use http or https');
  if (url.username || url.password) throw badInput('url', 'must not carry credentials');
  if (text.length > 2000) throw badInput('url', 'must be at most 2000 characters');
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    throw badInput('url', `the host "${host}" does not resolve`);
  }
  if (!addresses.length) throw badInput('url', `the host "${host}" does not resolve`);
  const blocked = addresses.find(isBlockedAddress);
  if (blocked) throw badInput('url', `the host "${host}" resolves to a private, loopback or link-local address (${blocked})`);
  return url;
}
