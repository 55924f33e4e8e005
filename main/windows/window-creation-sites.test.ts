// Every window main/ creates, found by reading the source: each one's options come from its kind's
// builder over hardened-web-preferences.ts, and each is registered under that kind at once, which
// gives it the kind's navigation policy (security/harden-app.ts) and the registry's sender checks
// (ipc/trusted-sender.ts). A window added later (the quick switcher, settings) is covered without
// editing this test; the scanner itself is tested on sources that break each rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCreationSites, mainSources, textualSiteCount, type SourceFile } from '../testing/window-creation-sites';

const root = join(__dirname, '../..');
const readModule = (path: string) => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
};
const sources = mainSources(root);
const sites = findCreationSites(sources, readModule);

describe('every window main/ creates', () => {
  it('is found: the portal and console windows at least, and no creation the parser missed', () => {
    expect(sites.map((site) => site.kind)).toEqual(expect.arrayContaining(['portal', 'console']));
    for (const file of sources) {
      const found = sites.filter((site) => site.where.startsWith(`${file.path}:`)).length;
      expect(found, file.path).toBe(textualSiteCount(file.text));
    }
  });

  it.each(sites.map((site) => [site.where, site.className, site] as const))('%s: new %s is hardened and registered by kind', (_where, _class, site) => {
    expect(site.problems).toEqual([]);
  });
});

describe('findCreationSites on sources that break the rules', () => {
  const builders: Record<string, string> = {
    'main/windows/portal-window-options.ts': readModule('main/windows/portal-window-options.ts') ?? '',
    'main/windows/loose-window-options.ts': `
      import { hardenedWebPreferences } from './hardened-web-preferences';
      export function consoleWindowOptions(title: string) {
        return { title, webPreferences: { ...hardenedWebPreferences, sandbox: false } };
      }`,
    'main/windows/late-window-options.ts': `
      import { hardenedWebPreferences } from './hardened-web-preferences';
      export function consoleWindowOptions(title: string) {
        return { title, webPreferences: { partition: 'x', ...hardenedWebPreferences } };
      }`,
    'main/windows/bare-window-options.ts': `
      export function portalWindowOptions(title: string) {
        return { title, webPreferences: { sandbox: true, contextIsolation: true } };
      }`,
  };
  const scan = (text: string, path = 'main/windows/create-sample-window.ts') => findCreationSites([{ path, text } satisfies SourceFile], (module) => builders[module]);

  it('accepts a builder call and a registration under the same kind', () => {
    const [site] = scan(`
      import { BrowserWindow } from 'electron';
      import { portalWindowOptions } from './portal-window-options';
      export function open(windows: { add(kind: string, w: unknown): void }) {
        const window = new BrowserWindow(portalWindowOptions('/p.js', 'T'));
        windows.add('portal', window);
      }`);
    expect(site).toMatchObject({ kind: 'portal', problems: [] });
  });

  it.each([
    [
      'options written inline',
      `import { BrowserWindow } from 'electron';
       export function open(windows: any) { const w = new BrowserWindow({ webPreferences: { sandbox: false } }); windows.add('portal', w); }`,
      'its options are not the result of a <kind>WindowOptions(...) call',
    ],
    [
      'a builder that turns the sandbox off',
      `import { BrowserWindow } from 'electron';
       import { consoleWindowOptions } from './loose-window-options';
       export function open(windows: any) { const w = new BrowserWindow(consoleWindowOptions('T')); windows.add('console', w); }`,
      'consoleWindowOptions sets webPreferences.sandbox again',
    ],
    [
      'a builder that spreads the hardened preferences last',
      `import { BrowserWindow } from 'electron';
       import { consoleWindowOptions } from './late-window-options';
       export function open(windows: any) { const w = new BrowserWindow(consoleWindowOptions('T')); windows.add('console', w); }`,
      "consoleWindowOptions's webPreferences do not start with ...hardenedWebPreferences",
    ],
    [
      'a builder without the hardened preferences',
      `import { BrowserWindow } from 'electron';
       import { portalWindowOptions } from './bare-window-options';
       export function open(windows: any) { const w = new BrowserWindow(portalWindowOptions('T')); windows.add('portal', w); }`,
      "portalWindowOptions's module does not import hardenedWebPreferences from ./hardened-web-preferences",
    ],
    [
      'a window nobody registers',
      `import { BrowserWindow } from 'electron';
       import { portalWindowOptions } from './portal-window-options';
       export function open() { return new BrowserWindow(portalWindowOptions('/p.js', 'T')); }`,
      "the new BrowserWindow is not registered (windows.add('<kind>', window)) right where it is made",
    ],
    [
      'a window registered under another kind',
      `import { BrowserWindow } from 'electron';
       import { portalWindowOptions } from './portal-window-options';
       export function open(windows: any) { const w = new BrowserWindow(portalWindowOptions('/p.js', 'T')); windows.add('console', w); }`,
      "registered as 'console' but built with portal's options",
    ],
    [
      'an aliased class',
      `import { BrowserWindow as Shell } from 'electron';
       export function open() { const w = new Shell({}); return w; }`,
      'its options are not the result of a <kind>WindowOptions(...) call',
    ],
    [
      'a namespace import',
      `import * as electron from 'electron';
       export function open() { const w = new electron.BrowserWindow({}); return w; }`,
      'its options are not the result of a <kind>WindowOptions(...) call',
    ],
    [
      'a view with web contents',
      `import { WebContentsView } from 'electron';
       export function open() { const v = new WebContentsView({ webPreferences: {} }); return v; }`,
      'its options are not the result of a <kind>WindowOptions(...) call',
    ],
    [
      'a builder from outside main/windows',
      `import { BrowserWindow } from 'electron';
       import { portalWindowOptions } from '../somewhere/portal-window-options';
       export function open(windows: any) { const w = new BrowserWindow(portalWindowOptions('/p.js', 'T')); windows.add('portal', w); }`,
      'portalWindowOptions is not imported from a main/windows/<kind>-window-options.ts module',
    ],
  ])('finds %s', (_name, text, problem) => {
    const found = scan(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.problems).toContain(problem);
  });

  it('follows options kept in a const first', () => {
    const [site] = scan(`
      import { BrowserWindow } from 'electron';
      import { portalWindowOptions } from './portal-window-options';
      export function open(windows: any) {
        const options = portalWindowOptions('/p.js', 'T');
        const window = new BrowserWindow(options);
        windows.add('portal', window);
      }`);
    expect(site?.problems).toEqual([]);
  });

  it('counts creations in the text, comments aside, to catch one the parser would miss', () => {
    expect(textualSiteCount(`// new BrowserWindow( in a comment\nconst a = new BrowserWindow({}); const b = new electron.WebContentsView();`)).toBe(2);
  });
});
