// electron-builder cannot run here (it downloads Electron), so the packaging rules that matter
// for safety are checked on the configuration itself.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimatch } from 'minimatch';
// electron-builder's own schema check (internal path: electron-builder exports no validator).
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Target {
  readonly target: string;
  readonly arch?: string | readonly string[];
}

interface CopyRule {
  readonly from: string;
  readonly to: string;
}

interface BuilderConfig {
  readonly appId?: string;
  readonly productName?: string;
  readonly files?: readonly string[];
  readonly asarUnpack?: readonly string[];
  readonly extraResources?: unknown;
  readonly extraFiles?: unknown;
  readonly electronFuses?: Readonly<Record<string, boolean>>;
  readonly mac?: {
    readonly target?: readonly Target[];
    readonly hardenedRuntime?: boolean;
    readonly entitlements?: string;
    readonly entitlementsInherit?: string;
    readonly x64ArchFiles?: string;
    readonly extraResources?: readonly CopyRule[];
    readonly extendInfo?: Readonly<Record<string, unknown>>;
  };
  readonly win?: { readonly target?: readonly Target[]; readonly extraResources?: readonly CopyRule[] };
  readonly linux?: { readonly target?: readonly Target[]; readonly executableName?: string; readonly extraResources?: readonly CopyRule[] };
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
    // Nothing sneaks in through the other copy mechanisms either: only the command-line launchers.
    expect(config.extraResources).toBeUndefined();
    expect(config.extraFiles).toBeUndefined();
    const copied = [config.mac, config.win, config.linux].flatMap((platform) => platform?.extraResources ?? []);
    expect(copied.length).toBeGreaterThan(0);
    for (const rule of copied) {
      expect(rule.from).toMatch(/^assets\/bin\/sso-tray(\.cmd)?$/);
      expect(rule.to).toBe(`bin/${rule.from.slice('assets/bin/'.length)}`);
    }
  });

  it('packages the entry package.json points at', () => {
    expect(packageJson.main.startsWith('out/')).toBe(true);
    expect(packageJson.type ?? 'commonjs').toBe('commonjs');
  });

  // The keychain binding's platform packages (@napi-rs/keyring's optionalDependencies) are named
  // @napi-rs/keyring-<suffix> and hold keyring.<suffix>.node, as the one installed here shows.
  const keyring = JSON.parse(readFileSync(new URL('node_modules/@napi-rs/keyring/package.json', root), 'utf8')) as { optionalDependencies: Readonly<Record<string, string>> };
  const keyringBinary = (suffix: string) => `node_modules/@napi-rs/keyring-${suffix}/keyring.${suffix}.node`;
  const unpacked = (path: string) => (config.asarUnpack ?? []).some((pattern) => minimatch(path, pattern));

  it('knows where the keychain binary sits in its platform package', () => {
    const installed = JSON.parse(readFileSync(new URL('node_modules/@napi-rs/keyring-linux-x64-gnu/package.json', root), 'utf8')) as { main: string };
    expect(`node_modules/@napi-rs/keyring-linux-x64-gnu/${installed.main}`).toBe(keyringBinary('linux-x64-gnu'));
    expect(statSync(new URL(keyringBinary('linux-x64-gnu'), root)).isFile()).toBe(true);
  });

  it.each(['darwin-x64', 'darwin-arm64', 'win32-x64-msvc', 'linux-x64-gnu'])('unpacks the keychain binary of a built platform, %s, from the asar archive', (suffix) => {
    expect(Object.keys(keyring.optionalDependencies)).toContain(`@napi-rs/keyring-${suffix}`);
    expect(unpacked(keyringBinary(suffix))).toBe(true);
  });

  it("unpacks every platform's keychain binary the binding offers, and nothing else of it", () => {
    for (const name of Object.keys(keyring.optionalDependencies)) expect(unpacked(keyringBinary(name.slice('@napi-rs/keyring-'.length))), name).toBe(true);
    expect(unpacked('node_modules/@napi-rs/keyring/index.js')).toBe(false);
    expect(unpacked('out/main/index.js')).toBe(false);
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

  it('builds a universal dmg of a menu-bar app on macOS, nsis on Windows, AppImage and deb on Linux', () => {
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: 'universal' }]);
    expect(config.mac).toMatchObject({ hardenedRuntime: true, extendInfo: { LSUIElement: true } });
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: 'x64' }]);
    expect(config.linux?.target).toEqual([
      { target: 'AppImage', arch: 'x64' },
      { target: 'deb', arch: 'x64' },
    ]);
  });

  it('lets the universal merge keep both keychain binaries as they are, and nothing else', () => {
    const inBundle = (suffix: string) => `Contents/Resources/app.asar.unpacked/${keyringBinary(suffix)}`;
    const rule = config.mac?.x64ArchFiles ?? '';
    expect(minimatch(inBundle('darwin-x64'), rule, { matchBase: true })).toBe(true);
    expect(minimatch(inBundle('darwin-arm64'), rule, { matchBase: true })).toBe(true);
    // Electron's own binaries must still be merged with lipo (a same-in-both copy would be an error).
    expect(minimatch('Contents/Frameworks/Electron Framework.framework/Versions/A/Electron Framework', rule, { matchBase: true })).toBe(false);
    expect(minimatch('Contents/MacOS/SSO Tray', rule, { matchBase: true })).toBe(false);
  });

  // Hardened runtime: each exception is attack surface. V8's JIT is the one Electron 12+ needs.
  it('signs the app and its helpers with the entitlements in assets/, only allow-jit', () => {
    expect(config.mac?.entitlements).toBe('assets/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('assets/entitlements.mac.plist');
    const plist = readFileSync(new URL(config.mac?.entitlements ?? 'missing', root), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const entries = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<(true|false)\/>/g)].map(([, key, value]) => [key, value]);
    expect(entries).toEqual([['com.apple.security.cs.allow-jit', 'true']]);
    expect([...plist.matchAll(/<key>/g)]).toHaveLength(1);
  });

  it('offers `npm run dist`, which builds the app first', () => {
    const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Readonly<Record<string, string>> }).scripts;
    expect(scripts['dist']).toBe('node scripts/dist.mjs');
    const dist = readFileSync(new URL('scripts/dist.mjs', root), 'utf8');
    expect(dist.indexOf("'electron-vite', 'build'")).toBeGreaterThan(-1);
    expect(dist.indexOf("'electron-vite', 'build'")).toBeLessThan(dist.indexOf("'electron-builder'"));
  });
});

// The launcher in resources/bin, run for real in the layouts the installers create, with a stand-in
// for the app binary that prints the arguments it got.
describe('the command-line launcher (assets/bin/sso-tray)', () => {
  const launcher = new URL('assets/bin/sso-tray', root);
  let dir = '';

  function layout(binary: string): { script: string; output: string } {
    dir = mkdtempSync(join(tmpdir(), 'sso-tray-launcher-'));
    const output = join(dir, 'args.txt');
    const script = join(dir, 'resources/bin/sso-tray');
    mkdirSync(join(dir, 'resources/bin'), { recursive: true });
    mkdirSync(join(dir, binary, '..'), { recursive: true });
    writeFileSync(join(dir, binary), `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${output}'\n`);
    chmodSync(join(dir, binary), 0o755);
    copyFileSync(launcher, script);
    chmodSync(script, statSync(launcher).mode);
    return { script, output };
  }

  const cleanUp = () => dir && rmSync(dir, { recursive: true, force: true });

  it('is executable', () => {
    expect(statSync(launcher).mode & 0o111).toBe(0o111);
  });

  it('runs the Linux binary beside resources/ with --cli and the arguments as given, through a symlink too', () => {
    try {
      const { script, output } = layout('sso-tray');
      const link = join(dir, 'usr-bin-sso-tray');
      symlinkSync(script, link);
      execFileSync(link, ['credential-process', '--profile', 'a b', '$HOME']);
      expect(readFileSync(output, 'utf8')).toBe('--cli\ncredential-process\n--profile\na b\n$HOME\n');
    } finally {
      cleanUp();
    }
  });

  it('runs the macOS binary in Contents/MacOS from Contents/Resources/bin', () => {
    try {
      // dir stands for SSO Tray.app/Contents.
      const { script, output } = layout('MacOS/SSO Tray');
      execFileSync(script, ['list']);
      expect(readFileSync(output, 'utf8')).toBe('--cli\nlist\n');
    } finally {
      cleanUp();
    }
  });

  it('has a Windows twin that runs SSO Tray.exe two folders up with --cli', () => {
    expect(readFileSync(new URL('assets/bin/sso-tray.cmd', root), 'utf8')).toContain('"%~dp0..\\..\\SSO Tray.exe" --cli %*');
  });

  it('matches the Linux binary name electron-builder.yml gives', () => {
    expect(config.linux?.executableName).toBe('sso-tray');
  });
});
