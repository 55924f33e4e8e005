// The writes themselves: the config sync and the credentials profile, each planned from the file
// as it is under the lock, so two writers never undo each other. A plan that refuses (a line the
// AWS readers disagree on, a name the user holds) leaves the file untouched and says which line.
import type { RoleCredentials } from '../aws/portal-client';
import { AppError } from '../ipc/result';
import type { AwsFileStore } from './aws-file-store';
import { privateMode } from './aws-file-store';
import { planConfigSync, type ConfigSyncInput, type PlannedProfile } from './config-sync';
import { planCredentialsProfile } from './credentials-file';

export interface ConfigSyncOutcome {
  readonly path: string;
  /** Unified diff of the change; '' when the file is already as planned. */
  readonly diff: string;
  readonly written: boolean;
  readonly profiles: readonly PlannedProfile[];
}

export type ConfigSyncRequest = Omit<ConfigSyncInput, 'existing' | 'path'>;

export async function syncConfigFile(store: AwsFileStore, path: string, request: ConfigSyncRequest, options: { readonly dryRun: boolean }): Promise<ConfigSyncOutcome> {
  const planFor = (existing: string | undefined) => {
    const plan = planConfigSync({ ...request, existing, path });
    if (!plan.ok) throw new AppError(plan.reason === 'invalid-template' || plan.reason === 'unsafe-value' ? 'invalid-input' : 'aws-file-conflict', plan.message);
    return plan;
  };
  if (options.dryRun) {
    const plan = planFor(await store.read(path));
    return { path, diff: plan.diff, written: false, profiles: plan.profiles };
  }
  const plan = await store.update(path, (existing) => {
    const planned = planFor(existing);
    return { write: planned.changed, text: planned.text, planned } as const;
  });
  return { path, diff: plan.planned.diff, written: plan.planned.changed, profiles: plan.planned.profiles };
}

/** Writes (or with `undefined`, removes) the app's profile in the credentials file, 0600. */
export async function writeCredentialsProfile(store: AwsFileStore, path: string, profile: string, credentials: RoleCredentials | undefined): Promise<{ readonly path: string; readonly written: boolean }> {
  const result = await store.update(
    path,
    (existing) => {
      const plan = planCredentialsProfile(existing, path, profile, credentials);
      if (!plan.ok) throw new AppError(plan.reason === 'invalid-input' ? 'invalid-input' : 'aws-file-conflict', plan.message);
      return { write: plan.text !== (existing ?? ''), text: plan.text } as const;
    },
    { mode: privateMode },
  );
  return { path, written: result.write };
}
