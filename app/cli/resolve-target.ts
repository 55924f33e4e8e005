// Turns what the user typed (a start URL, an account id or name) into the app's ids, with one
// clear line when it does not match exactly one thing.
import { AppError } from '../ipc/result';
import type { Instance } from '../model/instance';
import type { PortalAccount } from '../model/portal';

/** Start URLs compare without case and without a trailing slash (`/start` and `/start/` alike). */
export function sameInstanceUrl(a: string, b: string): boolean {
  const tidy = (url: string) => url.trim().replace(/\/+$/, '').toLowerCase();
  return tidy(a) === tidy(b);
}

export function findInstance<T extends Pick<Instance, 'startUrl'>>(instances: readonly T[], startUrl: string | undefined): T | undefined {
  if (startUrl !== undefined) return instances.find((instance) => sameInstanceUrl(instance.startUrl, startUrl));
  return instances.length === 1 ? instances[0] : undefined;
}

/** The one instance meant: named by --instance, or the only one there is. */
export function resolveInstance(instances: readonly Instance[], startUrl: string | undefined): Instance {
  const found = findInstance(instances, startUrl);
  if (found) return found;
  if (startUrl !== undefined) throw new AppError('not-found', `No instance with the start URL ${startUrl}. Add it with: sso-tray login --instance ${startUrl} --region REGION`);
  if (instances.length === 0) throw new AppError('not-found', 'No IAM Identity Center instance yet. Add one with: sso-tray login --instance START_URL --region REGION');
  throw new AppError('invalid-input', `There are ${instances.length} instances; choose one with --instance (${instances.map((instance) => instance.startUrl).join(', ')}).`);
}

/** True when the text is an account id, which needs no listing to resolve. */
export function isAccountId(text: string): boolean {
  // The pattern of model/portal.ts's AccountIdSchema, without loading zod on the fast path.
  return /^\d{12}$/.test(text);
}

/** An account by its 12-digit id or its exact name (case ignored); a name shared by two accounts is refused. */
export function resolveAccount(accounts: readonly PortalAccount[], idOrName: string): PortalAccount | undefined {
  if (isAccountId(idOrName)) return accounts.find((account) => account.accountId === idOrName);
  const named = accounts.filter((account) => account.accountName.toLowerCase() === idOrName.trim().toLowerCase());
  if (named.length > 1) throw new AppError('invalid-input', `${named.length} accounts are named "${idOrName}"; use the account id (${named.map((account) => account.accountId).join(', ')}).`);
  return named[0];
}
