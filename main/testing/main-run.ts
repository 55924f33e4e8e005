// Runs main/index.ts against the fake electron, for the index.*.test.ts files that start the
// whole app: start it, ask it over `desktop:request` as a page would, and quit it after each test
// (quitting disposes the core, its timers and keychain probe, before the next test starts one).
// The vi.mock lines stay in each test file, where Vitest hoists them; missingSettingsStore is what
// their electron-store factory returns.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { installFakeElectron, type FakeElectron, type FakeWindow } from './fake-electron';

/** electron-store as a module whose store starts empty, at a settings path that does not exist. */
export function missingSettingsStore(testName: string) {
  return {
    default: class {
      readonly path = join(tmpdir(), `sso-tray-${testName}-${process.pid}-missing`, 'settings.json');
      store: Record<string, unknown> = {};
    },
  };
}

export interface MainRun {
  /** The fake of the current test (set by start). */
  readonly electron: FakeElectron;
  /** A fresh fake, `prepare` applied before main/index.ts loads; waits for the portal window unless told not to. */
  start(prepare?: (fake: FakeElectron) => void, options?: { readonly expectWindow?: boolean }): Promise<FakeElectron>;
  /** What the page in `window`, loaded from `frameUrl`, gets for `channel`. */
  request(window: FakeWindow, frameUrl: string, channel: string, input?: unknown): Promise<unknown>;
}

/** Registers the hooks (console quiet, no developer variables, quit after each test) and returns the runner. */
export function mainRun(): MainRun {
  let current: FakeElectron | undefined;
  const argv = process.argv;
  beforeEach(() => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    vi.stubEnv('SSO_TRAY_AWS_ENDPOINT', '');
  });
  afterEach(async () => {
    const electron = current;
    current = undefined;
    if (electron) {
      electron.module.app.quit();
      await vi.waitFor(() => expect(electron.state.quitCompleted).toBe(true));
    }
    process.argv = argv;
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });
  return {
    get electron() {
      if (!current) throw new Error('mainRun: start() first');
      return current;
    },
    async start(prepare = () => {}, options = {}) {
      const electron = installFakeElectron();
      current = electron;
      prepare(electron);
      vi.resetModules();
      await import('../index');
      if (options.expectWindow ?? true) await vi.waitFor(() => expect(electron.state.windows).toHaveLength(1));
      return electron;
    },
    request(window, frameUrl, channel, input) {
      const handler = current?.state.ipcHandlers.get('desktop:request') as ((...args: unknown[]) => Promise<unknown>) | undefined;
      if (!handler) throw new Error('main registered no desktop:request handler');
      return handler({ senderFrame: { url: frameUrl, parent: null }, sender: window.webContents }, channel, input);
    },
  };
}
