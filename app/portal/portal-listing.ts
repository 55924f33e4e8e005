// Enumeration of one instance's portal: ListAccounts page by page (100 a page; a `null`, empty or
// missing nextToken all end it), then ListAccountRoles for each account, by a few workers that
// share the instance's rate limiter. Results stream out as they arrive. An account whose roles
// still fail after retries is reported as failed and the rest goes on; a session that ended stops
// the whole listing at once (no hammering), keeping what was listed.
import type { AccountSummary, PortalClient } from '../aws/portal-client';
import { PortalError } from '../aws/portal-errors';
import { AppError } from '../ipc/result';
import type { CallPriority } from '../aws/adaptive-rate-limiter';
import type { PortalCall } from './portal-calls';

export interface RoleListingEvents {
  rolesLoaded(accountId: string, roleNames: readonly string[]): void;
  rolesFailed(accountId: string, error: AppError): void;
}

/** Thrown when the listing cannot go on for any account: the session is over or was cancelled. */
export class ListingStopped extends AppError {}

export async function listAllAccounts(
  call: PortalCall,
  client: PortalClient,
  onPage: (accounts: readonly AccountSummary[]) => void,
  signal?: AbortSignal,
): Promise<AccountSummary[]> {
  const accounts: AccountSummary[] = [];
  let nextToken: string | undefined;
  do {
    const token = nextToken;
    const page = await stopOnSessionEnd(() => call((accessToken, callSignal) => client.listAccounts(accessToken, token, callSignal), withSignal('interactive', signal)));
    accounts.push(...page.items);
    onPage(page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return accounts;
}

export async function listRolesOf(
  call: PortalCall,
  client: PortalClient,
  accountIds: readonly string[],
  events: RoleListingEvents,
  options: { readonly concurrency: number; readonly priority?: CallPriority; readonly signal?: AbortSignal },
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < accountIds.length) {
      const accountId = accountIds[next];
      next += 1;
      if (accountId === undefined) continue;
      try {
        events.rolesLoaded(accountId, await rolesOf(call, client, accountId, options.priority ?? 'background', options.signal));
      } catch (error) {
        if (error instanceof ListingStopped) throw error;
        events.rolesFailed(accountId, error instanceof AppError ? error : new AppError('internal', 'The roles could not be listed.', { cause: error }));
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency, accountIds.length)) }, worker);
  const results = await Promise.allSettled(workers);
  const stopped = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (stopped) throw stopped.reason;
}

async function rolesOf(call: PortalCall, client: PortalClient, accountId: string, priority: CallPriority, signal: AbortSignal | undefined): Promise<string[]> {
  const roles: string[] = [];
  let nextToken: string | undefined;
  do {
    const token = nextToken;
    const page = await stopOnSessionEnd(() => call((accessToken, callSignal) => client.listAccountRoles(accessToken, accountId, token, callSignal), withSignal(priority, signal)));
    roles.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return roles;
}

/** Errors that no other account would escape: no token, a refused session, a cancelled listing. */
async function stopOnSessionEnd<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (endsListing(error)) {
      if (error instanceof AppError) throw new ListingStopped(error.code, error.message, { cause: error });
      throw new ListingStopped('cancelled', 'The listing was cancelled.', { cause: error });
    }
    throw error;
  }
}

export function endsListing(error: unknown): boolean {
  if (error instanceof ListingStopped) return true;
  if (error instanceof PortalError) return error.kind === 'unauthorized' || error.kind === 'cancelled';
  // Not a portal answer but the session's: no token to be had now (ended, or the service is
  // unreachable), so no other account would fare better.
  if (error instanceof AppError) return true;
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

function withSignal(priority: CallPriority, signal: AbortSignal | undefined) {
  return signal ? { priority, signal } : { priority };
}
