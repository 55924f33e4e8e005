// The core's composition: the infrastructure (core-context.ts), then one line per area. Both
// transports (Electron's IPC, the dev web host) and the CLI serve the handler table built here;
// nothing here knows which. Hosts build the ports through app/host/compose-headless.ts.
import type { AppInfo } from './ipc/contract/app-info';
import type { EventPayload } from './ipc/contract';
import { createEventHub, type EventHub } from './ipc/event-hub';
import type { HandlerTable } from './ipc/dispatch';
import { startCoreContext, type ContextOptions, type CorePorts } from './core-context';
import { createRedactingLogger } from './logging/redacting-logger';
import type { Logger } from './ports/logger';
import { instancesArea } from './instances';
import { noticesArea } from './notices';
import { portalArea } from './portal';
import { preferencesArea } from './preferences';
import type { RoleKey } from './model/preferences';
import type { AppSettings } from './model/app-settings';
import type { RoleRef } from './portal/role-credentials';
import type { RoleCredentials } from './aws/portal-client';
import { sessionsArea } from './sessions';
import { consoleArea } from './console';
import type { ConsoleSignInRequest, ConsoleOpened, OpenConsoleRequest } from './ipc/contract/console';
import type { ConsoleSignInResult } from './console/console-service';
import { credentialProcessLines, credentialsArea, CredentialsService } from './credentials';
import type { CopyFormat } from './ipc/contract/credentials';
import { signInRequestedNotice } from './sessions/session-notices';
import { quickActionsArea, quickCapabilities, type QuickActionRunners } from './shell/quick-actions-area';
import type { QuickCapabilities } from './model/quick-actions';
import { quickActiveProfile } from './model/quick-active-profile';
import type { AccessTokenProvider } from './sessions/session-manager';
import { awsFilesArea, type AwsFilesOptions, type ConfigSyncRequestOptions } from './aws-files';
import type { ConfigSyncOutcome } from './aws-files/aws-file-sync';

export type { CorePorts } from './core-context';

export interface CoreOptions extends ContextOptions {
  readonly appVersion: string;
  readonly runtime: AppInfo['runtime'];
  /** The user's AWS files: their paths and the credential_process helper's argv. */
  readonly awsFiles?: AwsFilesOptions | undefined;
}

export interface Core {
  readonly handlers: HandlerTable;
  readonly events: EventHub;
  /** The ports' logger behind the core's redaction; hosts log through it too. */
  readonly logger: Logger;
  /** Settles when the keychain probe, the settings load and the session restore are done. */
  readonly ready: Promise<void>;
  /** Access tokens for other services (portal, role credentials), and word of sign-outs. */
  readonly sessions: AccessTokenProvider;
  /** Role credentials for main's own features (copy, console, files); never sent to a page. */
  roleCredentials(role: RoleRef): Promise<RoleCredentials>;
  /**
   * For main's features that open a role (console, credentials copy, files): puts the role at the
   * front of the recent list (the last 10, newest first, in settings) and tells pages with
   * `preferences-changed`. Call it once the role was used; a role of an instance no longer in the
   * list is not recorded, a malformed key rejects with 'invalid-input'.
   */
  recordRoleUse(roleKey: RoleKey): Promise<void>;
  /**
   * For the tray and the quick switcher: puts the role's credentials on the clipboard in the format
   * given (the user's quick-copy format when none) and records the use; answers only the expiry.
   */
  copyCredentials(role: RoleRef, format?: CopyFormat): Promise<{ expiresAt: number }>;
  /** Lists an instance's portal now and settles when the listing is done (the CLI's `accounts`). */
  refreshPortal(instanceId: string): Promise<void>;
  /**
   * A terminal asked for credentials of a signed-out instance: shows one notice with a sign-in
   * action (its id is per instance, so fifty asking processes make one prompt). Returns whether
   * the notice is new.
   */
  requestSignIn(instanceId: string): Promise<boolean>;
  /** The settings screen's values, for main's features (console, copy, shell, notifications). */
  appSettings(): Promise<AppSettings>;
  /** Called with the new values after each saved change; returns the unsubscribe. */
  onAppSettingsChange(listener: (settings: AppSettings) => void): () => void;
  /** The role actions this build offers (tray role entries, quick switcher keys). */
  quickActions(): QuickCapabilities;
  /**
   * A console sign-in URL for the role, made now (valid 15 minutes from `expiresAt - 15 min`, once),
   * for main's features and the CLI; never send it to a page or a log. Rejects with a clear
   * AppError: a session length out of bounds or beyond the credentials, a region outside the
   * instance's partition, a refused credential.
   */
  consoleSignIn(request: ConsoleSignInRequest): Promise<ConsoleSignInResult>;
  /** Opens the role's console the way asked (or set) through the host's ConsoleOpener, and records the role's use. */
  openConsole(request: OpenConsoleRequest): Promise<ConsoleOpened>;
  /** The config sync (`dryRun`: the diff only); a file it cannot change safely rejects with 'aws-file-conflict'. */
  syncConfig(options: ConfigSyncRequestOptions): Promise<ConfigSyncOutcome>;
  /** Writes the role's credentials into a credentials-file profile once. */
  writeCredentialsProfile(profile: string, role: RoleKey): Promise<void>;
  /** Keeps a credentials-file profile filled with the role while the app runs; undefined removes it. */
  setActiveProfile(profile: string, role: RoleKey | undefined): Promise<void>;
  /** Resolves when no token refresh is in flight (tests step a fake clock with it). */
  whenIdle(): Promise<void>;
  dispose(): Promise<void>;
}

export function createCore(ports: CorePorts, options: CoreOptions): Core {
  const events = createEventHub();
  // The one redaction point: every area and every host logs through this logger.
  const logger = createRedactingLogger(ports.logger);

  const starting = (async () => {
    const context = await startCoreContext(ports, logger, events, options);
    const notices = noticesArea.start(context);
    const catalog = instancesArea.start(context);
    const preferences = preferencesArea.start(context, { catalog });
    const openDevicePage = () => preferences.appSettings.get().signIn.openDevicePage;
    const sessions = await sessionsArea.start(context, { catalog, notices: notices.notices, openDevicePage });
    const portal = await portalArea.start(context, { catalog, sessions: sessions.sessions });
    const consoles = consoleArea.start(context, { catalog, portal, preferences, opener: ports.consoleOpener });
    const awsFiles = awsFilesArea.start(context, { catalog, portal, preferences, options: options.awsFiles });
    const credentials = new CredentialsService({
      roleCredentials: (role) => portal.roleCredentials(role),
      clipboard: context.clipboard,
      recordUse: (role) => preferences.preferences.recordUse(role),
      appSettings: () => preferences.appSettings.get(),
      preferences: () => preferences.preferences.get(),
      logger,
      credentialProcessLine: credentialProcessLines(options.awsFiles?.credentialProcessCommand, catalog),
    });
    return { context, notices, catalog, preferences, sessions, portal, consoles, awsFiles, credentials };
  })();
  const started = () => starting;
  const ready = starting.then(() => undefined);
  ready.catch((error: unknown) => logger.error('The core could not start', { error }));

  // One entry per role action whose feature has landed.
  const quickActionRunners: QuickActionRunners = {
    // The console's home page, the way the settings say (console.openIn).
    'open-console': async (role) => {
      await (await started()).consoles.service.open({ instanceId: role.instanceId, accountId: role.accountId, roleName: role.roleName });
    },
    // In the quick-copy format of the settings (credentials.quickCopyFormat).
    'copy-credentials': async (role) => {
      await (await started()).credentials.copy(role);
    },
    // The profile of app/model/quick-active-profile.ts: `default`, or the one profile the user keeps.
    'make-active': async (role) => {
      const { awsFiles, preferences } = await started();
      await awsFiles.setActiveProfile(quickActiveProfile(preferences.appSettings.get().profiles.active), role);
      await preferences.preferences.recordUse(role);
    },
  };

  const handlers: HandlerTable = {
    'app:get-info': () => ({ name: options.appName, version: options.appVersion, runtime: options.runtime, platform: process.platform }),
    ...instancesArea.handlers(async () => {
      const { catalog, sessions } = await started();
      return { catalog, view: (instance) => sessions.sessions.view(instance) };
    }),
    ...sessionsArea.handlers(async () => (await started()).sessions),
    ...noticesArea.handlers(async () => (await started()).notices),
    ...portalArea.handlers(async () => (await started()).portal),
    ...preferencesArea.handlers(async () => (await started()).preferences),
    ...consoleArea.handlers(async () => (await started()).consoles),
    ...awsFilesArea.handlers(async () => (await started()).awsFiles),
    ...credentialsArea.handlers(async () => (await started()).credentials),
    ...quickActionsArea.handlers(quickActionRunners),
  };

  return {
    handlers,
    events,
    logger,
    ready,
    sessions: {
      getAccessToken: async (instanceId, request) => (await started()).sessions.sessions.getAccessToken(instanceId, request),
      onDidSignOut: (listener) => {
        // Subscribes once the sessions exist; the returned function works before or after that.
        let stop: (() => void) | undefined;
        let stopped = false;
        starting.then((areas) => {
          if (!stopped) stop = areas.sessions.sessions.onDidSignOut(listener);
        }, () => undefined);
        return () => {
          stopped = true;
          stop?.();
        };
      },
    },
    roleCredentials: async (role) => (await started()).portal.roleCredentials(role),
    recordRoleUse: async (roleKey) => (await started()).preferences.preferences.recordUse(roleKey),
    consoleSignIn: async (request) => (await started()).consoles.service.signIn(request),
    openConsole: async (request) => (await started()).consoles.service.open(request),
    copyCredentials: async (role, format) => (await started()).credentials.copy(role, format),
    refreshPortal: async (instanceId) => (await started()).portal.service.refresh(instanceId),
    requestSignIn: async (instanceId) => {
      const { catalog, notices, context } = await started();
      return notices.notices.add(signInRequestedNotice(catalog.get(instanceId), context.clock.now()));
    },
    appSettings: async () => (await started()).preferences.appSettings.get(),
    onAppSettingsChange: (listener) =>
      events.subscribeAll((event, payload) => {
        if (event === 'settings-changed') listener(payload as EventPayload<'settings-changed'>);
      }),
    syncConfig: async (syncOptions) => (await started()).awsFiles.syncConfig(syncOptions),
    writeCredentialsProfile: async (profile, role) => (await started()).awsFiles.writeCredentialsProfile(profile, role),
    setActiveProfile: async (profile, role) => (await started()).awsFiles.setActiveProfile(profile, role),
    quickActions: () => quickCapabilities(quickActionRunners),
    async whenIdle() {
      await (await started()).sessions.sessions.whenRefreshesSettled();
    },
    async dispose() {
      const areas = await starting.catch(() => undefined);
      if (!areas) return;
      areas.awsFiles.dispose();
      await areas.portal.dispose();
      await areas.sessions.dispose();
      areas.preferences.dispose();
      areas.notices.dispose();
      areas.context.aws.dispose();
    },
  };
}
