// URL helpers shared by every runtime (main's page policies, the external-URL policy, the web
// host): pure, no Node, so the renderer may use them too.

const loopbackHosts: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** http(s) on this machine only; the emulator and dev servers live there. */
export function isLoopbackHttpUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && loopbackHosts.has(parsed.hostname);
}

/** `new URL` without the throw: undefined for anything that is not an absolute URL. */
export function parseUrl(url: string | undefined): URL | undefined {
  if (typeof url !== 'string' || url.length === 0) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
