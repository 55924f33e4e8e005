// The instances area: the user's list of IAM Identity Center instances (the catalog), which every
// other area follows. Its views carry each instance's session state, so its handlers are given
// the sessions' view of an instance as well.
import type { CoreContext } from '../core-context';
import type { HandlerTable } from '../ipc/dispatch';
import type { instanceRequests } from '../ipc/contract/instances';
import type { Instance } from '../model/instance';
import type { InstanceView } from '../model/instance-view';
import { InstanceCatalog } from './instance-catalog';

/** What the instance handlers need: the list, and how an instance looks with its session. */
export interface InstanceHandlerDeps {
  readonly catalog: InstanceCatalog;
  view(instance: Instance): InstanceView;
}

export const instancesArea = {
  start(context: CoreContext): InstanceCatalog {
    return new InstanceCatalog(context.settings);
  },

  handlers(deps: () => Promise<InstanceHandlerDeps>): Pick<HandlerTable, keyof typeof instanceRequests> {
    return {
      'instances:list': async () => {
        const { catalog, view } = await deps();
        return catalog.list().map(view);
      },
      'instances:add': async (input) => {
        const { catalog, view } = await deps();
        return view(await catalog.add(input));
      },
      'instances:update': async ({ instanceId, ...changes }) => {
        const { catalog, view } = await deps();
        return view(await catalog.update(instanceId, changes));
      },
      'instances:remove': async ({ instanceId }) => {
        // The sessions area signs out first (onWillRemove); a failed sign-out keeps the instance.
        await (await deps()).catalog.remove(instanceId);
      },
    };
  },
};
