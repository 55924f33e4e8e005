import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('production allows only the app itself: no inline script, no eval, no remote sources', () => {
    const policy = directives(contentSecurityPolicy('production'));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((source) => /^(https?:|\*)/.test(source))).toEqual([]);
  });

  it('development relaxes only inline scripts and styles (Vite preamble and CSS injection)', () => {
    const production = directives(contentSecurityPolicy('production'));
    const development = directives(contentSecurityPolicy('development'));
    for (const [name, sources] of development) {
      const added = sources.filter((source) => !production.get(name)?.includes(source));
      expect(added, name).toEqual(['script-src', 'style-src'].includes(name) ? ["'unsafe-inline'"] : []);
    }
    expect(development.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('is the policy renderer/index.html carries in its meta tag', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy('production'));
  });
});
