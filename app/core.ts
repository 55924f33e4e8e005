// The core's composition: given the ports, build the services and the handler table that both
// transports serve. main/compose.ts calls this with Electron adapters, the dev web host with
// Node ones; nothing here knows which.
import type { Browser } from './ports/browser';
import type { Clock } from './ports/clock';
import type { Logger } from './ports/logger';
import { createEventHub, type EventHub } from './ipc/event-hub';
import type { HandlerTable } from './ipc/dispatch';
import type { AppInfo } from './ipc/contract/app-info';
import type { SecretStore } from './secrets/secret-store';
import type { SettingsStore } from './settings/settings-store';
import { createRedactingLogger } from './logging/redacting-logger';
import type { AccessTokenProvider, AccessTokenRequest } from './sessions/session-manager';
import { startSessionServices, type SessionServices } from './sessions/session-services';
import { createSessionHandlers } from './sessions/session-handlers';

export interface CorePorts {
  readonly clock: Clock;
  readonly browser: Browser;
  readonly logger: Logger;
  /**
   * The OS keychain (main: `new KeychainSecretStore()`). Probed at start-up; when the probe fails,
   * secrets stay in memory for the run and the user is told.
   */
  readonly secretStore: SecretStore;
  /** The settings file (main: `new ConfSettingsStore(electronStore, clock)`). */
  readonly settingsStore: SettingsStore;
}

export interface CoreOptions {
  readonly appName: string;
  readonly appVersion: string;
  readonly runtime: AppInfo['runtime'];
  /** One origin for OIDC and the portal, e.g. the emulator's; main reads SSO_TRAY_AWS_ENDPOINT. */
  readonly endpointOverride?: string | undefined;
  /** SDK attempts per call (default 3); tests that count requests use 1. */
  readonly sdkMaxAttempts?: number | undefined;
  /** Randomness for refresh jitter; tests pass a fixed one. */
  readonly random?: (() => number) | undefined;
}

export interface Core {
  readonly handlers: HandlerTable;
  readonly events: EventHub;
  /** Settles when the keychain probe and the settings load are done (handlers wait on their own). */
  readonly ready: Promise<void>;
  /** Access tokens for other services (portal, role credentials), and word of sign-outs. */
  readonly sessions: AccessTokenProvider;
  /** Resolves when no token refresh is in flight (tests step a fake clock with it). */
  whenIdle(): Promise<void>;
  dispose(): Promise<void>;
}

export function createCore(ports: CorePorts, options: CoreOptions): Core {
  const events = createEventHub();
  const logger = createRedactingLogger(ports.logger);
  const starting = startSessionServices({ ...ports, logger }, options, events);
  const services = (): Promise<SessionServices> => starting;
  const signOutListeners = new Set<(instanceId: string) => void>();
  const ready = starting.then((started) => {
    started.sessions.onDidSignOut((instanceId) => signOutListeners.forEach((listener) => listener(instanceId)));
  });
  ready.catch((error: unknown) => logger.error('The core could not start', { error }));

  const handlers: HandlerTable = {
    'app:get-info': () => ({
      name: options.appName,
      version: options.appVersion,
      runtime: options.runtime,
      platform: process.platform,
    }),
    ...createSessionHandlers(services),
  };

  return {
    handlers,
    events,
    ready,
    sessions: {
      getAccessToken: async (instanceId: string, request: AccessTokenRequest) => (await services()).sessions.getAccessToken(instanceId, request),
      onDidSignOut: (listener) => {
        signOutListeners.add(listener);
        return () => signOutListeners.delete(listener);
      },
    },
    async whenIdle() {
      await (await services()).sessions.whenRefreshesSettled();
    },
    async dispose() {
      signOutListeners.clear();
      const started = await starting.catch(() => undefined);
      await started?.dispose();
    },
  };
}
