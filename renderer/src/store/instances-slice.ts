// The instances with their session state. `instances-changed` carries the whole list after every
// change and is the source of truth; `instances:list` fills the page when it opens. The actions
// send the user's requests; their outcome (a new session state) arrives as an event.
import type { RequestInput } from '../../../app/ipc/contract';
import type { ErrorCode } from '../../../app/ipc/result';
import type { InstanceView } from '../../../app/model/instance-view';
import type { SignInMethod } from '../../../app/model/instance';
import { actionKey } from './action-status';
import type { EventSlice, SliceContext } from './slice';

export type InstancesState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly list: readonly InstanceView[] }
  | { readonly status: 'failed'; readonly code: ErrorCode; readonly message: string };

export type AddInstanceInput = RequestInput<'instances:add'>;

export interface InstancesSlice {
  readonly instances: InstancesState;
  /** Asks for the list; safe to call again to retry. */
  loadInstances(): Promise<void>;
  /** True when the instance was added; otherwise the error is under `instances:add`. */
  addInstance(input: AddInstanceInput): Promise<boolean>;
  updateInstance(input: RequestInput<'instances:update'>): Promise<boolean>;
  removeInstance(instanceId: string): Promise<void>;
  signIn(instanceId: string, method?: SignInMethod): Promise<void>;
  cancelSignIn(instanceId: string): Promise<void>;
  openSignInPage(instanceId: string): Promise<void>;
  signOut(instanceId: string): Promise<void>;
}

export function createInstancesSlice({ desktop, set, get, run }: SliceContext): EventSlice<InstancesSlice> {
  // Counts events: a list answer that started before the latest event is older than it, so it is
  // dropped instead of overwriting newer states.
  let eventCount = 0;

  const upsert = (view: InstanceView) => {
    const current = get().instances;
    const list = current.status === 'loaded' ? current.list : [];
    // The event usually arrives first; this only matters if a transport delivers it later.
    if (list.some((instance) => instance.id === view.id)) return;
    set({ instances: { status: 'loaded', list: [...list, view] } });
  };

  const state: InstancesSlice = {
    instances: { status: 'loading' },
    async loadInstances() {
      const seen = eventCount;
      if (get().instances.status === 'failed') set({ instances: { status: 'loading' } });
      const result = await desktop.request('instances:list');
      if (eventCount !== seen) return;
      set({ instances: result.ok ? { status: 'loaded', list: result.value } : { status: 'failed', code: result.code, message: result.message } });
    },
    async addInstance(input) {
      const result = await run(actionKey('instances:add'), () => desktop.request('instances:add', input));
      if (result?.ok) upsert(result.value);
      return result?.ok ?? false;
    },
    async updateInstance(input) {
      const result = await run(actionKey('instances:update', input.instanceId), () => desktop.request('instances:update', input));
      return result?.ok ?? false;
    },
    async removeInstance(instanceId) {
      await run(actionKey('instances:remove', instanceId), () => desktop.request('instances:remove', { instanceId }));
    },
    async signIn(instanceId, method) {
      const input = method ? { instanceId, method } : { instanceId };
      await run(actionKey('sessions:sign-in', instanceId), () => desktop.request('sessions:sign-in', input));
    },
    async cancelSignIn(instanceId) {
      await run(actionKey('sessions:cancel-sign-in', instanceId), () => desktop.request('sessions:cancel-sign-in', { instanceId }));
    },
    async openSignInPage(instanceId) {
      await run(actionKey('sessions:open-sign-in-page', instanceId), () => desktop.request('sessions:open-sign-in-page', { instanceId }));
    },
    async signOut(instanceId) {
      await run(actionKey('sessions:sign-out', instanceId), () => desktop.request('sessions:sign-out', { instanceId }));
    },
  };

  return {
    state,
    listen: () =>
      desktop.subscribe('instances-changed', (list) => {
        eventCount += 1;
        set({ instances: { status: 'loaded', list } });
      }),
  };
}
