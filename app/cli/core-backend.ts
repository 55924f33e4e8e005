// The CLI's operations over a core: the CLI's own (the app is not running) or the app's, behind
// the local socket. Signed out or expired, a role request fails with one line saying how to sign
// in; with `promptSignIn` (the app's core) it also raises the app's one sign-in notice.
import type { Core } from '../core';
import { createDispatcher } from '../ipc/dispatch';
import { AppError, type Result } from '../ipc/result';
import type { RequestChannel, RequestInput, RequestOutput } from '../ipc/contract';
import type { Instance } from '../model/instance';
import type { AccountsListing, CliBackend, InstanceSummary, RoleTarget } from './cli-backend';
import { findInstance, isAccountId, resolveAccount, resolveInstance } from './resolve-target';

export interface CoreBackendOptions {
  /** The app's core: a signed-out request shows the app's sign-in notice (once per instance). */
  readonly promptSignIn: boolean;
  readonly kind: CliBackend['kind'];
}

export function createCoreBackend(core: Core, options: CoreBackendOptions): CliBackend {
  const dispatch = createDispatcher(core.handlers, (channel, error) => core.logger.error('A CLI request failed unexpectedly', { channel, error }));
  const request = async <C extends RequestChannel>(channel: C, input: RequestInput<C>): Promise<RequestOutput<C>> => {
    const result = (await dispatch(channel, input, { senderId: 'cli' })) as Result<RequestOutput<C>>;
    if (!result.ok) throw new AppError(result.code, result.message);
    return result.value;
  };
  const instances = () => request('instances:list', undefined);
  const instance = async (startUrl: string | undefined) => resolveInstance(await instances(), startUrl);

  const signedOutLine = (target: Instance) =>
    options.promptSignIn
      ? `Signed out of ${target.displayName}: sign in from SSO Tray (it shows a notice), or run: sso-tray login --instance ${target.startUrl}`
      : `Signed out of ${target.displayName}: run sso-tray login --instance ${target.startUrl}`;

  return {
    kind: options.kind,
    async roleCredentials(target: RoleTarget) {
      await core.ready;
      const chosen = await instance(target.instance);
      const accountId = isAccountId(target.account) ? target.account : await accountIdByName(chosen, target.account);
      try {
        const credentials = await core.roleCredentials({ instanceId: chosen.id, accountId, roleName: target.role });
        return { ...credentials, accountId, startUrl: chosen.startUrl };
      } catch (error) {
        if (error instanceof AppError && (error.code === 'signed-out' || error.code === 'token-expired')) {
          if (options.promptSignIn) await core.requestSignIn(chosen.id);
          throw new AppError(error.code, signedOutLine(chosen));
        }
        throw error;
      }
    },
    accounts: async (startUrl, { refresh }) => listAccounts(await instance(startUrl), refresh),
    async signIn({ instance: startUrl, region, method, shareTokenCache }) {
      await core.ready;
      let chosen = findInstance(await instances(), startUrl);
      if (!chosen) {
        if (startUrl === undefined) resolveInstance([], undefined);
        if (!region) throw new AppError('invalid-input', `${startUrl ?? ''} is a new instance: add --region (the region of its IAM Identity Center, for example eu-west-1).`);
        chosen = await request('instances:add', { startUrl: startUrl ?? '', region, ...(method ? { signInMethod: method } : {}) });
      } else if (method && method !== chosen.signInMethod) {
        chosen = await request('instances:update', { instanceId: chosen.id, signInMethod: method });
      }
      if (shareTokenCache) await request('settings:update', { tokenCache: { [chosen.id]: true } });
      // Interactive: refreshes a stored session, or runs the instance's sign-in; callers share one.
      await core.sessions.getAccessToken(chosen.id, { interactive: true });
      return summary(chosen);
    },
    async signOut(startUrl) {
      const chosen = await instance(startUrl);
      await request('sessions:sign-out', { instanceId: chosen.id });
      return summary(chosen);
    },
  };

  async function listAccounts(chosen: Instance, refresh: boolean): Promise<AccountsListing> {
    let snapshot = await request('portal:get-snapshot', { instanceId: chosen.id });
    if (refresh || snapshot.progress.refreshedAt === undefined) {
      await core.refreshPortal(chosen.id);
      snapshot = await request('portal:get-snapshot', { instanceId: chosen.id });
      if (snapshot.progress.stoppedBecause) throw new AppError('signed-out', `${snapshot.progress.stoppedBecause} Run: sso-tray login --instance ${chosen.startUrl}`);
    }
    return { instance: summary(chosen), accounts: snapshot.accounts };
  }

  async function accountIdByName(chosen: Instance, name: string): Promise<string> {
    const cached = await request('portal:get-snapshot', { instanceId: chosen.id });
    const found = resolveAccount(cached.accounts, name) ?? resolveAccount((await listAccounts(chosen, true)).accounts, name);
    if (!found) throw new AppError('not-found', `No account named "${name}" in ${chosen.displayName}. List them with: sso-tray accounts`);
    return found.accountId;
  }
}

function summary(instance: Instance): InstanceSummary {
  return { startUrl: instance.startUrl, region: instance.region, displayName: instance.displayName };
}
