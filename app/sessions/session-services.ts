// Start-up of everything sign-in needs, in order: probe the keychain (memory if it fails), load
// the settings (defaults if the file is broken), restore stored sessions, and forward changes to
// the event hub. Each fallback leaves a notice so the user knows what happened.
import type { EventHub } from '../ipc/event-hub';
import { InstanceCatalog } from '../instances/instance-catalog';
import type { Notice } from '../model/notice';
import { NoticeCenter } from '../notices/notice-center';
import type { Browser } from '../ports/browser';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { SecretStore } from '../secrets/secret-store';
import { selectSecretStore } from '../secrets/select-secret-store';
import { defaultSettings } from '../settings/settings-schema';
import type { SettingsLoadResult, SettingsStore } from '../settings/settings-store';
import { SessionClients } from './session-clients';
import { SessionManager } from './session-manager';
import { keychainUnavailableNotice } from './session-notices';
import { SessionSecrets } from './session-secrets';

export interface SessionServicePorts {
  readonly clock: Clock;
  readonly browser: Browser;
  readonly logger: Logger;
  readonly secretStore: SecretStore;
  readonly settingsStore: SettingsStore;
}

export interface SessionServiceOptions {
  readonly appName: string;
  readonly endpointOverride?: string | undefined;
  readonly sdkMaxAttempts?: number | undefined;
  readonly random?: (() => number) | undefined;
}

export interface SessionServices {
  readonly catalog: InstanceCatalog;
  readonly sessions: SessionManager;
  readonly notices: NoticeCenter;
  /** The instances with their session state, as the contract sends them. */
  views(): ReturnType<SessionManager['view']>[];
  dispose(): Promise<void>;
}

export async function startSessionServices(ports: SessionServicePorts, options: SessionServiceOptions, events: EventHub): Promise<SessionServices> {
  const { clock, logger } = ports;
  const notices = new NoticeCenter();
  const selected = await selectSecretStore(ports.secretStore, clock, logger);
  if (!selected.remembered) notices.add(keychainUnavailableNotice(clock.now()));

  const loaded = await loadSettings(ports.settingsStore, logger);
  if (loaded.problem) notices.add(settingsResetNotice(loaded.problem.reason, loaded.problem.backupPath, clock.now()));

  const catalog = new InstanceCatalog(loaded.settings, ports.settingsStore);
  const clients = new SessionClients({
    clock,
    endpointOverride: options.endpointOverride,
    clientName: `${options.appName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-client`,
    maxAttempts: options.sdkMaxAttempts,
  });
  const sessions = new SessionManager({
    clock,
    browser: ports.browser,
    logger,
    secrets: new SessionSecrets(selected.store),
    notices,
    clients,
    remembered: selected.remembered,
    ...(options.random ? { random: options.random } : {}),
  });
  const views = () => catalog.list().map((instance) => sessions.view(instance));
  const unsubscribe = [
    catalog.onDidChange(() => events.emit('instances-changed', views())),
    sessions.onDidChange(() => events.emit('instances-changed', views())),
    notices.onDidChange((list) => events.emit('notices-changed', [...list])),
  ];
  await sessions.restore(catalog.list());
  events.emit('instances-changed', views());
  if (notices.list().length > 0) events.emit('notices-changed', [...notices.list()]);

  return {
    catalog,
    sessions,
    notices,
    views,
    async dispose() {
      unsubscribe.forEach((stop) => stop());
      await sessions.dispose();
      clients.dispose();
    },
  };
}

async function loadSettings(store: SettingsStore, logger: Logger): Promise<SettingsLoadResult> {
  try {
    return await store.load();
  } catch (error) {
    // An unreadable file (permissions, a directory in its place): run on defaults, keep the file.
    logger.error('Could not load the settings; using defaults for this run', { error });
    return { settings: defaultSettings() };
  }
}

function settingsResetNotice(reason: string, backupPath: string | undefined, now: number): Notice {
  const kept = backupPath
    ? `The original file was kept as ${backupPath}.`
    : 'The original file was left in place, and changes will not be saved until it is fixed or removed.';
  return {
    id: 'settings-reset',
    kind: 'settings-reset',
    level: 'warning',
    message: `Your settings could not be read (${reason}), so SSO Tray started with default settings. ${kept}`,
    createdAt: now,
  };
}
