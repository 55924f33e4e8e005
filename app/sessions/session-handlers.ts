// The IPC handlers of the instances/sessions/notices channels (contract/sessions.ts). Thin: parse
// is done by the dispatcher, the work by the services.
import type { HandlerTable } from '../ipc/dispatch';
import type { sessionRequests } from '../ipc/contract/sessions';
import type { SessionServices } from './session-services';

type SessionHandlers = Pick<HandlerTable, keyof typeof sessionRequests>;

export function createSessionHandlers(services: () => Promise<SessionServices>): SessionHandlers {
  return {
    'instances:list': async () => (await services()).views(),
    'instances:add': async (input) => {
      const { catalog, sessions } = await services();
      const instance = await catalog.add(input);
      sessions.track(instance);
      return sessions.view(instance);
    },
    'instances:update': async ({ instanceId, ...changes }) => {
      const { catalog, sessions } = await services();
      const instance = await catalog.update(instanceId, changes);
      sessions.updateInstance(instance);
      return sessions.view(instance);
    },
    'instances:remove': async ({ instanceId }) => {
      const { catalog, sessions } = await services();
      catalog.get(instanceId);
      await sessions.untrack(instanceId);
      await catalog.remove(instanceId);
    },
    'sessions:sign-in': async ({ instanceId, method }) => {
      (await services()).sessions.startSignIn(instanceId, method);
    },
    'sessions:cancel-sign-in': async ({ instanceId }) => {
      (await services()).sessions.cancelSignIn(instanceId);
    },
    'sessions:open-sign-in-page': async ({ instanceId }) => {
      await (await services()).sessions.openSignInPage(instanceId);
    },
    'sessions:sign-out': async ({ instanceId }) => {
      await (await services()).sessions.signOut(instanceId);
    },
    'app:get-notices': async () => [...(await services()).notices.list()],
    'app:dismiss-notice': async ({ noticeId }) => {
      (await services()).notices.remove(noticeId);
    },
  };
}
