// The page's Content Security Policy, from one place: renderer/index.html carries the production
// policy as a <meta>, main sends it as a header on the app:// pages it serves
// (main/protocol/app-files.ts) and where webRequest applies, the dev build swaps in the
// development policy, and the web host serves it. 'self' is the page's own origin:
// app://sso-tray in the app, the dev server or the web host elsewhere.
export type PolicyMode = 'production' | 'development';

const production: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  // 'self' also covers ws: to the same host and port (CSP 3), which the dev web host's bridge uses.
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
];

/**
 * Vite's dev server injects an inline React Refresh preamble and inline <style> tags, so the
 * development policy allows inline scripts and styles; nothing else is relaxed.
 */
const developmentExtras: Readonly<Record<string, string>> = {
  'script-src': "'unsafe-inline'",
  'style-src': "'unsafe-inline'",
};

export function contentSecurityPolicy(mode: PolicyMode): string {
  return production
    .map(([directive, sources]) => {
      const extra = mode === 'development' ? developmentExtras[directive] : undefined;
      return `${directive} ${extra ? `${sources} ${extra}` : sources}`;
    })
    .join('; ');
}
