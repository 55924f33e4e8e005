// The AWS files area: the config sync (profiles for every or chosen role) and the credentials
// profiles the app keeps filled with a role while it runs. It reads the instances, their portal
// lists and the user's aliases and default regions; it writes only the app's own sections.
import type { CoreContext } from '../core-context';
import type { HandlerTable } from '../ipc/dispatch';
import type { profileRequests } from '../ipc/contract/profiles';
import type { InstanceList } from '../instances/instance-catalog';
import { defaultAppSettings, type AppSettings } from '../model/app-settings';
import type { RoleKey } from '../model/preferences';
import type { PortalArea } from '../portal';
import type { PreferencesArea } from '../preferences';
import { ActiveProfileKeeper, type ActiveProfile } from './active-profile-keeper';
import { awsFilePaths, type AwsFilePaths } from './aws-file-paths';
import { AwsFileStore } from './aws-file-store';
import { syncConfigFile, writeCredentialsProfile, type ConfigSyncOutcome } from './aws-file-sync';
import type { SyncInstance } from './config-sync';

export interface AwsFilesOptions {
  /** Default: AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/config and ~/.aws/credentials. */
  readonly paths?: AwsFilePaths | undefined;
  /** The helper's absolute argv for credential_process profiles (the host knows how it is started). */
  readonly credentialProcessCommand?: readonly string[] | undefined;
}

export interface AwsFilesNeeds {
  readonly catalog: InstanceList;
  readonly portal: PortalArea;
  readonly preferences: PreferencesArea;
  readonly options?: AwsFilesOptions | undefined;
}

export interface ConfigSyncRequestOptions {
  readonly dryRun: boolean;
  readonly style?: AppSettings['profiles']['style'] | undefined;
  readonly template?: string | undefined;
  readonly roles?: readonly RoleKey[] | undefined;
}

export interface AwsFilesArea {
  syncConfig(options: ConfigSyncRequestOptions): Promise<ConfigSyncOutcome>;
  /** Writes the role's credentials into `profile` once (no renewal). */
  writeCredentialsProfile(profile: string, role: RoleKey): Promise<void>;
  /** Keeps `profile` filled with the role while the app runs (saved, so it resumes after a restart); undefined removes it. */
  setActiveProfile(profile: string, role: RoleKey | undefined): Promise<void>;
  activeProfiles(): ActiveProfile[];
  dispose(): void;
}

export const awsFilesArea = {
  start(context: CoreContext, needs: AwsFilesNeeds): AwsFilesArea {
    const { catalog, portal, preferences } = needs;
    // The context's home (tests give a temporary one), under the AWS CLI's own variables.
    const paths = needs.options?.paths ?? awsFilePaths(process.env, context.homeDir);
    const store = new AwsFileStore();
    const credentialsOf = (role: RoleKey) => portal.roleCredentials(role);
    const keeper = new ActiveProfileKeeper({
      clock: context.clock,
      logger: context.logger,
      credentials: credentialsOf,
      write: async (profile, credentials) => {
        await writeCredentialsProfile(store, paths.credentials, profile, credentials);
      },
      // For the shell's "profile renewal failed" notification (main/notifications/notification-rules.ts).
      onRenewalFailed: (profile, role) => context.events.emit('profile-renewal', { profile, role, renewed: false }),
      onRenewed: (profile, role) => context.events.emit('profile-renewal', { profile, role, renewed: true }),
    });
    const saveActive = (change: (active: Record<string, RoleKey>) => void) =>
      context.settings.update((current) => {
        const settings = current.appSettings ?? defaultAppSettings();
        const active = { ...settings.profiles.active };
        change(active);
        return { ...current, appSettings: { ...settings, profiles: { ...settings.profiles, active } } };
      });
    keeper.resume(preferences.appSettings.get().profiles.active);

    /** Each instance with its list; one whose listing never finished keeps its sections as they are. */
    const instances = (): SyncInstance[] =>
      catalog.list().map((instance) => {
        const snapshot = portal.service.snapshot(instance.id);
        return { instance, accounts: snapshot.progress.refreshedAt === undefined ? undefined : snapshot.accounts };
      });

    return {
      async syncConfig(options) {
        const settings = preferences.appSettings.get();
        return syncConfigFile(
          store,
          paths.config,
          {
            instances: instances(),
            accountPreferences: preferences.preferences.get().accounts,
            style: options.style ?? settings.profiles.style,
            template: options.template ?? settings.profiles.nameTemplate,
            roles: options.roles,
            credentialProcessCommand: needs.options?.credentialProcessCommand,
          },
          { dryRun: options.dryRun },
        );
      },
      async writeCredentialsProfile(profile, role) {
        await writeCredentialsProfile(store, paths.credentials, profile, await credentialsOf(role));
      },
      async setActiveProfile(profile, role) {
        if (role) {
          await keeper.set(profile, role);
          await saveActive((active) => (active[profile] = role));
        } else {
          await keeper.clear(profile);
          await saveActive((active) => delete active[profile]);
        }
      },
      activeProfiles: () => keeper.list(),
      dispose: () => keeper.dispose(),
    };
  },

  handlers(area: () => Promise<AwsFilesArea>): Pick<HandlerTable, keyof typeof profileRequests> {
    const toResult = (outcome: ConfigSyncOutcome) => ({ path: outcome.path, diff: outcome.diff, written: outcome.written, profiles: [...outcome.profiles] });
    return {
      'profiles:preview-sync': async (options) => toResult(await (await area()).syncConfig({ ...options, dryRun: true })),
      'profiles:sync': async (options) => toResult(await (await area()).syncConfig({ ...options, dryRun: false })),
      'profiles:set-active': async ({ profile, role }) => (await area()).setActiveProfile(profile, role ?? undefined),
      'profiles:get-active': async () => (await area()).activeProfiles(),
    };
  },
};
