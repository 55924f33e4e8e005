// The config sync from the settings screen: a preview (the diff a sync would write, nothing
// written) and the write itself. The diff comes from the core, which hides secret values, so it
// may be shown as is. A refusal (e.g. a config file the core cannot change safely, naming its
// line) is kept under the action's key like every other error of the page.
import type { RequestOutput } from '../../../app/ipc/contract';
import type { Result } from '../../../app/ipc/result';
import { actionKey } from './action-status';
import type { SliceContext } from './slice';

export type ConfigSyncResult = RequestOutput<'profiles:sync'>;

export const previewSyncKey = actionKey('profiles:preview-sync');
export const writeSyncKey = actionKey('profiles:sync');

export interface ProfileSyncSlice {
  /** The last preview or write, with which it was; undefined until the user asks. */
  readonly profileSync: { readonly result: ConfigSyncResult } | undefined;
  previewProfileSync(): Promise<void>;
  writeProfileSync(): Promise<void>;
}

export function createProfileSyncSlice({ desktop, set, run }: SliceContext): ProfileSyncSlice {
  // Each answer replaces the shown one; a failed one clears it, so an old diff is never taken for the current one.
  const show = (result: Result<ConfigSyncResult> | undefined) => {
    if (result) set({ profileSync: result.ok ? { result: result.value } : undefined });
  };
  return {
    profileSync: undefined,
    async previewProfileSync() {
      show(await run(previewSyncKey, () => desktop.request('profiles:preview-sync', {})));
    },
    async writeProfileSync() {
      show(await run(writeSyncKey, () => desktop.request('profiles:sync', {})));
    },
  };
}
