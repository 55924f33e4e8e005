// The proxy the Node hosts (CLI, dev web host) use, from the variables every command-line tool
// reads: https_proxy / HTTPS_PROXY for https targets, http_proxy / HTTP_PROXY for http ones,
// all_proxy / ALL_PROXY for both, no_proxy / NO_PROXY for the exceptions (lower case wins, as in
// curl). Read once at start-up; a value that is not an http(s) proxy URL is a clear error then,
// not a silent direct connection that the network would refuse.
import { bypassesProxy, parseNoProxy, type NoProxyRules } from './no-proxy';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface ProxyEnvironment {
  readonly https: URL | undefined;
  readonly http: URL | undefined;
  readonly noProxy: NoProxyRules;
}

/** Thrown for a proxy variable the app cannot use; the message names it, never its password. */
export class ProxySettingError extends Error {
  override readonly name = 'ProxySettingError';
}

export function readProxyEnvironment(env: Environment): ProxyEnvironment {
  const all = variable(env, 'all_proxy');
  return {
    https: proxyUrl(variable(env, 'https_proxy') ?? all),
    http: proxyUrl(variable(env, 'http_proxy') ?? all),
    noProxy: parseNoProxy(variable(env, 'no_proxy')?.value),
  };
}

/** The proxy for a request to `endpoint`, or undefined to connect directly. */
export function proxyFor(endpoint: string, proxies: ProxyEnvironment): URL | undefined {
  const url = new URL(endpoint);
  const secure = url.protocol === 'https:';
  const proxy = secure ? proxies.https : proxies.http;
  if (!proxy) return undefined;
  const port = url.port ? Number(url.port) : secure ? 443 : 80;
  return bypassesProxy({ hostname: url.hostname, port }, proxies.noProxy) ? undefined : proxy;
}

/** The proxy's origin for logs and messages: no user name, no password. */
export function describeProxy(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`;
}

interface Variable {
  readonly name: string;
  readonly value: string;
}

function variable(env: Environment, lowerName: string): Variable | undefined {
  for (const name of [lowerName, lowerName.toUpperCase()]) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

function proxyUrl(setting: Variable | undefined): URL | undefined {
  if (!setting) return undefined;
  // `proxy.example.com:3128` without a scheme means an http proxy, as curl reads it.
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(setting.value) ? setting.value : `http://${setting.value}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProxySettingError(`${setting.name} is not a proxy URL. Set it to http://HOST:PORT (or https://), or unset it.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxySettingError(`${setting.name} uses ${url.protocol.slice(0, -1)}, which the app does not support. Use an http:// or https:// proxy, or unset it.`);
  }
  if (!url.hostname) throw new ProxySettingError(`${setting.name} names no proxy host. Set it to http://HOST:PORT, or unset it.`);
  return url;
}
