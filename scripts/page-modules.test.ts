// What the pages load when they open: the portal window and the quick switcher (renderer), the
// preload, and the web host's bridge. zod is kept out of all of them: building the contract's
// schemas took about 90 ms of the portal window's first render on a 2-core machine (the ui-list
// bench), and the page never parses with them (main does). Modules the page imports keep their
// schemas in a sibling `*-schema.ts` or in app/ipc/contract/ (see docs/architecture.md).
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const pages = {
  'portal window (web host entry)': 'e2e/web-host/entry.ts',
  'quick switcher (web host entry)': 'e2e/web-host/quick-switcher-entry.ts',
  'portal window': 'renderer/src/main.tsx',
  'quick switcher': 'renderer/src/quick-switcher/main.tsx',
  preload: 'main/preload/index.ts',
};

/** Every file the bundler includes for `entry`, as esbuild resolves it (type-only imports are dropped). */
async function modulesOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    external: ['electron'],
    loader: { '.css': 'empty' },
  });
  return Object.keys(result.metafile.inputs);
}

describe('the modules a page loads', () => {
  for (const [page, entry] of Object.entries(pages)) {
    it(`${page} loads no zod`, async () => {
      const modules = await modulesOf(entry);
      expect(modules.length).toBeGreaterThan(3);
      expect(modules.filter((file) => file.includes('node_modules/zod/'))).toEqual([]);
    });
  }

  it('finds zod where a module does import it (the check can fail)', async () => {
    const modules = await modulesOf('app/ipc/contract/index.ts');
    expect(modules.some((file) => file.includes('node_modules/zod/'))).toBe(true);
  });
});
