// NO_PROXY matching, as curl and most tools read it: a comma- or space-separated list of host
// names (each also covers its subdomains; a leading `.` or `*.` means the same), IP addresses,
// CIDR ranges and `host:port` entries; `*` alone sends nothing through the proxy. Loopback is never
// proxied (Chromium does the same), so the Node hosts agree with Electron on it.
import { BlockList, isIP } from 'node:net';

/** A request's target, as a URL gives it (`hostname` with IPv6 in brackets, `port` '' for the default). */
export interface ProxyTarget {
  readonly hostname: string;
  /** The port number, the scheme's default included. */
  readonly port: number;
}

interface Entry {
  readonly host: string;
  readonly port: number | undefined;
}

/** A parsed NO_PROXY value: decides whether a target goes direct. */
export interface NoProxyRules {
  readonly everything: boolean;
  readonly names: readonly Entry[];
  readonly addresses: readonly { readonly list: BlockList; readonly port: number | undefined }[];
}

export function parseNoProxy(value: string | undefined): NoProxyRules {
  const names: Entry[] = [];
  const addresses: { list: BlockList; port: number | undefined }[] = [];
  let everything = false;
  for (const raw of (value ?? '').split(/[\s,]+/)) {
    const item = raw.trim().toLowerCase();
    if (!item) continue;
    if (item === '*') {
      everything = true;
      continue;
    }
    const { host, port } = splitPort(item);
    const range = addressRange(host);
    if (range) addresses.push({ list: range, port });
    else names.push({ host: host.replace(/^\*?\.+/, '').replace(/\.$/, ''), port });
  }
  return { everything, names, addresses };
}

/** True when `target` must not go through the proxy. */
export function bypassesProxy(target: ProxyTarget, rules: NoProxyRules): boolean {
  const host = unbracket(target.hostname.toLowerCase()).replace(/\.$/, '');
  if (isLoopback(host)) return true;
  if (rules.everything) return true;
  const portMatches = (port: number | undefined) => port === undefined || port === target.port;
  const family = isIP(host);
  if (family !== 0) {
    const type = family === 4 ? 'ipv4' : 'ipv6';
    return rules.addresses.some((entry) => portMatches(entry.port) && entry.list.check(host, type));
  }
  return rules.names.some((entry) => entry.host !== '' && portMatches(entry.port) && (host === entry.host || host.endsWith(`.${entry.host}`)));
}

function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** `host`, `host:port`, `[v6]`, `[v6]:port`; a bare IPv6 address has no port. */
function splitPort(item: string): { host: string; port: number | undefined } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(item);
  if (bracketed) return { host: bracketed[1] ?? '', port: bracketed[2] ? Number(bracketed[2]) : undefined };
  if (isIP(item.split('/')[0] ?? '') === 6) return { host: item, port: undefined };
  const withPort = /^(.*):(\d+)$/.exec(item);
  return withPort ? { host: withPort[1] ?? '', port: Number(withPort[2]) } : { host: item, port: undefined };
}

/** An IP address or CIDR range as a BlockList, or undefined for a host name. */
function addressRange(host: string): BlockList | undefined {
  const [address = '', prefix] = host.split('/');
  const family = isIP(address);
  if (family === 0) return undefined;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const list = new BlockList();
  const bits = prefix === undefined ? undefined : Number(prefix);
  if (bits === undefined) list.addAddress(address, type);
  else if (Number.isInteger(bits) && bits >= 0 && bits <= (family === 4 ? 32 : 128)) list.addSubnet(address, bits, type);
  else return undefined;
  return list;
}

function unbracket(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
