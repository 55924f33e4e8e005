// A stand-in for the `electron` module, for tests that run main/index.ts in Node: Electron's
// binary cannot run here, but the wiring (what gets created, registered and torn down, in which
// order) can be checked against this. It models only the calls main/ makes.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response>;

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent<T extends object>(fields: T = {} as T): FakeEvent & T {
  return { ...fields, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

export function createFakeElectron() {
  const state = {
    windows: [] as FakeBrowserWindow[],
    trays: [] as FakeTray[],
    notifications: [] as FakeNotification[],
    ipcHandlers: new Map<string, Listener>(),
    /** protocol.handle's handlers by scheme, so a test can send a request to one. */
    protocolHandlers: new Map<string, ProtocolHandler>(),
    quitCompleted: false,
    /** globalShortcut: what this app registered, and what other apps hold (register answers false). */
    shortcuts: new Map<string, () => void>(),
    shortcutsHeldByOthers: new Set<string>(),
    /** screen: the attached displays' work areas, the first one primary; the pointer's position. */
    displays: [{ id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 }, bounds: { x: 0, y: 0, width: 1440, height: 900 } }] as FakeDisplay[],
    cursor: { x: 100, y: 100 },
  };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: vi.fn(),
    /** A folder that does not exist: nothing in the wiring tests writes there. */
    getPath: vi.fn((name: string) => `/nonexistent/sso-tray-fake/${name}`),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    getName: () => 'SSO Tray',
    getVersion: () => '0.1.0',
    exit: vi.fn(),
    setLoginItemSettings: vi.fn(),
    getLoginItemSettings: vi.fn(() => ({ openAtLogin: false, wasOpenedAtLogin: false })),
    dock: { show: vi.fn(() => Promise.resolve()), hide: vi.fn() },
    /** Like Electron: 'before-quit' may be prevented; otherwise the app is gone. */
    quit: vi.fn(() => {
      const event = fakeEvent();
      app.emit('before-quit', event);
      if (!event.defaultPrevented) state.quitCompleted = true;
    }),
  });

  /** A session's hardening surface; `fromPartition` returns the same one for the same name, like Electron. */
  const createFakeSession = () => ({
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  });
  const defaultSession = createFakeSession();
  const partitions = new Map<string, FakeSession>();
  const fromPartition = vi.fn((partition: string) => {
    const known = partitions.get(partition) ?? createFakeSession();
    partitions.set(partition, known);
    return known;
  });

  class FakeWebContents extends EventEmitter {
    static nextId = 1;
    readonly id = FakeWebContents.nextId++;
    readonly send = vi.fn();
    /** The page shown; tests set it where a window has navigated. */
    currentUrl = '';
    readonly getURL = vi.fn(() => this.currentUrl);
    readonly insertCSS = vi.fn((_css: string) => Promise.resolve(`css-${this.id}-${this.insertCSS.mock.calls.length}`));
    readonly removeInsertedCSS = vi.fn((_key: string) => Promise.resolve());
    constructor(readonly session: FakeSession) {
      super();
    }
    windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents: FakeWebContents;
    destroyed = false;
    readonly loadFile = vi.fn(() => Promise.resolve());
    visible = false;
    readonly show = vi.fn(() => {
      this.visible = true;
      this.emit('show');
    });
    readonly hide = vi.fn(() => {
      this.visible = false;
      this.emit('hide');
    });
    readonly isVisible = vi.fn(() => this.visible);
    readonly loadURL = vi.fn((url: string) => {
      this.webContents.currentUrl = url;
      return Promise.resolve();
    });
    readonly setTitle = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly setPosition = vi.fn();
    readonly isMinimized = vi.fn(() => false);
    readonly isDestroyed = vi.fn(() => this.destroyed);
    /** Where the window is: its options' bounds until a test moves it. */
    bounds = { x: 0, y: 0, width: 0, height: 0 };
    readonly getNormalBounds = vi.fn(() => ({ ...this.bounds }));
    /** Like Electron: 'close' first, which a listener may prevent; then destroyed, then 'closed'. */
    readonly close = vi.fn(() => {
      const event = fakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroy();
    });
    /** Gone without asking (a crash, or the app tearing it down). */
    readonly destroy = vi.fn(() => {
      if (this.destroyed) return;
      this.destroyed = true;
      this.emit('closed');
    });
    constructor(readonly options: Record<string, unknown>) {
      super();
      // The session comes from webPreferences.partition, as in Electron; none means the default one.
      const partition = (options.webPreferences as { partition?: string } | undefined)?.partition;
      const size = options as { x?: number; y?: number; width?: number; height?: number };
      this.bounds = { x: size.x ?? 0, y: size.y ?? 0, width: size.width ?? 800, height: size.height ?? 600 };
      this.webContents = new FakeWebContents(partition === undefined ? defaultSession : fromPartition(partition));
      state.windows.push(this);
      // Electron announces every new webContents on the app before anything loads.
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
  }

  class FakeTray extends EventEmitter {
    menu: unknown;
    /** Every menu set, in order: a test counts the rebuilds. */
    readonly menus: unknown[] = [];
    readonly setToolTip = vi.fn();
    readonly setImage = vi.fn();
    readonly destroy = vi.fn();
    constructor(readonly image: unknown) {
      super();
      state.trays.push(this);
    }
    setContextMenu(menu: unknown) {
      this.menu = menu;
      this.menus.push(menu);
    }
  }

  class FakeNotification extends EventEmitter {
    static readonly isSupported = vi.fn(() => true);
    readonly show = vi.fn();
    constructor(readonly options: { readonly title: string; readonly body: string; readonly actions?: readonly { readonly text: string }[] }) {
      super();
      state.notifications.push(this);
    }
  }

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Tray: FakeTray,
    Notification: FakeNotification,
    Menu: { buildFromTemplate: (template: unknown) => template },
    nativeImage: { createFromPath: vi.fn((path: string) => ({ path, addRepresentation: vi.fn(), setTemplateImage: vi.fn() })) },
    globalShortcut: {
      register: vi.fn((accelerator: string, callback: () => void) => {
        if (state.shortcutsHeldByOthers.has(accelerator) || state.shortcuts.has(accelerator)) return false;
        state.shortcuts.set(accelerator, callback);
        return true;
      }),
      unregister: vi.fn((accelerator: string) => void state.shortcuts.delete(accelerator)),
    },
    nativeTheme: { themeSource: 'system' as string },
    screen: {
      getAllDisplays: () => state.displays,
      getPrimaryDisplay: () => state.displays[0]!,
      getCursorScreenPoint: () => state.cursor,
      getDisplayNearestPoint: () => state.displays[0]!,
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => state.ipcHandlers.delete(channel)),
    },
    session: { defaultSession, fromPartition },
    /** Electron's network stack; a test answers with `net.fetch.mockResolvedValue(new Response(...))`. */
    net: { fetch: vi.fn((_url: string, _init?: RequestInit) => Promise.resolve(new Response('{}'))) },
    /** Answers the first button unless a test sets another response. */
    dialog: { showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 0, checkboxChecked: false })) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: ProtocolHandler) => state.protocolHandlers.set(scheme, handler)),
    },
  };
  return { module, state };
}

type FakeDisplay = {
  readonly id: number;
  readonly workArea: { x: number; y: number; width: number; height: number };
  readonly bounds: { x: number; y: number; width: number; height: number };
};

type FakeSession = {
  readonly setPermissionRequestHandler: ReturnType<typeof vi.fn>;
  readonly setPermissionCheckHandler: ReturnType<typeof vi.fn>;
  readonly webRequest: { readonly onHeadersReceived: ReturnType<typeof vi.fn> };
};

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeWindow = FakeElectron['state']['windows'][number];

// On globalThis, not in a module variable: a test that calls vi.resetModules() gets a fresh copy
// of this module inside vi.mock's factory, which must still find the fake the test installed.
const installedKey = Symbol.for('sso-tray.fake-electron');
const store = globalThis as { [installedKey]?: FakeElectron };

/** Creates a fake and makes it the one `liveElectronModule` serves: call it per test for a fresh one. */
export function installFakeElectron(): FakeElectron {
  const fake = createFakeElectron();
  store[installedKey] = fake;
  return fake;
}

/**
 * For `vi.mock('electron', async () => (await import('../testing/fake-electron')).liveElectronModule)`:
 * every property read goes to the fake installed last, so a module imported once still sees the
 * current test's fake.
 */
export const liveElectronModule: object = new Proxy(
  {},
  {
    get: (_target, key) => (store[installedKey]?.module as Record<string | symbol, unknown> | undefined)?.[key],
    has: (_target, key) => store[installedKey] !== undefined && key in store[installedKey].module,
  },
);
