// Role credentials for `credentials` and `credential-process`, the cheapest way first:
//   1. the running app over the local socket (its cache, its single-flight refresh);
//   2. the CLI's keychain cache (an account id given, credentials with time left);
//   3. a core of the CLI's own: the stored session, refreshed if need be, then GetRoleCredentials,
//      kept in the keychain cache for the next call.
import type { RoleCredentials } from '../aws/portal-client';
import type { RoleTarget } from './cli-backend';
import type { CliContext } from './cli-context';
import { findInstance, isAccountId } from './resolve-target';

export async function roleCredentialsFor(context: CliContext, target: RoleTarget): Promise<RoleCredentials> {
  const app = await context.app();
  if (app) return app.backend.roleCredentials(target);

  // The keychain's native module loads only now: the app answering over the socket never needs it.
  const cache = (await import('./keychain-role-cache')).keychainRoleCache(context.location.keychainService);
  const instance = findInstance((await context.instancesFromFile()) ?? [], target.instance);
  if (instance && isAccountId(target.account)) {
    // A keychain that cannot be read here is not fatal: the core below reports it properly.
    const cached = await cache.get(instance.id, target.account, target.role, context.issuer).catch(() => undefined);
    if (cached) return cached;
  }

  const { createCoreBackend } = await import('./core-backend');
  const core = await context.ownCore();
  const fresh = await createCoreBackend(core, { promptSignIn: false, kind: 'cli' }).roleCredentials(target);
  const chosen = findInstance((await context.instancesFromFile()) ?? [], fresh.startUrl);
  if (chosen) await cache.put(chosen.id, fresh.accountId, target.role, context.issuer, fresh).catch(() => undefined);
  return fresh;
}

