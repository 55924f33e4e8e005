// electron-builder cannot run here (it downloads Electron), so the packaging rules that matter
// for safety are checked on the configuration itself.
import { readFileSync } from 'node:fs';
// electron-builder's own schema check (internal path: electron-builder exports no validator).
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface BuilderConfig {
  readonly appId?: string;
  readonly productName?: string;
  readonly files?: readonly string[];
  readonly asarUnpack?: readonly string[];
  readonly extraResources?: unknown;
  readonly extraFiles?: unknown;
  readonly electronFuses?: Readonly<Record<string, boolean>>;
  readonly mac?: {
    readonly target?: unknown;
    readonly hardenedRuntime?: boolean;
    readonly entitlements?: string;
    readonly extendInfo?: Readonly<Record<string, unknown>>;
  };
  readonly win?: { readonly target?: unknown };
  readonly linux?: { readonly target?: unknown };
}

const root = new URL('../', import.meta.url);
const config = parse(readFileSync(new URL('electron-builder.yml', root), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  main: string;
  productName: string;
  type?: string;
  devDependencies: Readonly<Record<string, string>>;
};

/** Tooling paths that must never reach users. */
const developmentOnly = ['e2e/', 'e2e/web-host/', 'e2e/web-host/dist/', 'e2e/emulator/', 'e2e/fixtures/', 'scripts/', 'app/', 'main/', 'renderer/'];

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's schema", async () => {
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app like package.json does', () => {
    expect(config.productName).toBe(packageJson.productName);
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('packages only the build output and package.json', () => {
    const included = (config.files ?? []).filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'package.json']);
  });

  it('never packages the e2e suite, the emulator, the web host or sources', () => {
    const included = (config.files ?? []).filter((pattern) => !pattern.startsWith('!'));
    for (const pattern of included) {
      for (const path of developmentOnly) expect(pattern.startsWith(path), `${pattern} vs ${path}`).toBe(false);
    }
    // Nothing sneaks in through the other copy mechanisms either.
    expect(config.extraResources).toBeUndefined();
    expect(config.extraFiles).toBeUndefined();
  });

  it('packages the entry package.json points at', () => {
    expect(packageJson.main.startsWith('out/')).toBe(true);
    expect(packageJson.type ?? 'commonjs').toBe('commonjs');
  });

  it('unpacks the keychain binding from the asar archive', () => {
    const unpack = config.asarUnpack ?? [];
    expect(unpack.some((pattern) => pattern.includes('@napi-rs/keyring') && pattern.endsWith('.node'))).toBe(true);
  });

  // Every fuse Electron has, each set on purpose (a fuse left out keeps Electron's default).
  it.each([
    // Another program could otherwise drive the app as plain Node, with its keychain identity.
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    // Console cookies on disk are encrypted with a key from the OS keychain.
    ['enableCookieEncryption', true],
    // The app's code is the signed asar archive, checked against its hash, and nothing beside it.
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    // The pages load from app:// (main/protocol), so file:// needs none of its old privileges.
    ['grantFileProtocolExtraPrivileges', false],
    // No browser-process snapshot of our own ships, so none may be swapped in.
    ['loadBrowserProcessSpecificV8Snapshot', false],
  ] as const)('fuse %s is %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('sets no fuse beyond those', () => {
    expect(Object.keys(config.electronFuses ?? {}).sort()).toEqual([
      'enableCookieEncryption',
      'enableEmbeddedAsarIntegrityValidation',
      'enableNodeCliInspectArguments',
      'enableNodeOptionsEnvironmentVariable',
      'grantFileProtocolExtraPrivileges',
      'loadBrowserProcessSpecificV8Snapshot',
      'onlyLoadAppFromAsar',
      'runAsNode',
    ]);
  });

  // Electron ships Chromium's security fixes only for its latest three majors: raise the floor with
  // each upgrade, so a downgrade (or a lock file behind package.json) fails here.
  it('builds on a current Electron, the one package.json asks for', () => {
    const floor = 45;
    const wanted = Number(/^\^?(\d+)\./.exec(packageJson.devDependencies['electron'] ?? '')?.[1]);
    const installed = JSON.parse(readFileSync(new URL('node_modules/electron/package.json', root), 'utf8')) as { version: string };
    expect(wanted).toBeGreaterThanOrEqual(floor);
    expect(Number(installed.version.split('.')[0])).toBe(wanted);
  });

  it('builds a signed-ready menu-bar app on macOS, nsis on Windows, AppImage and deb on Linux', () => {
    expect(config.mac).toMatchObject({ target: 'dmg', hardenedRuntime: true, extendInfo: { LSUIElement: true } });
    expect(readFileSync(new URL(config.mac?.entitlements ?? 'missing', root), 'utf8')).toContain('com.apple.security.cs.allow-jit');
    expect(config.win?.target).toBe('nsis');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });
});
