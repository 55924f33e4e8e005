// A console window's options: an AWS console page signed in as one account and role. It gets no
// preload (the console is AWS's page, not ours, and must never reach the contract) and a session
// partition of its own, so two roles' console cookies never meet and none reach the app's pages.
import type { BrowserWindowConstructorOptions } from 'electron';
import { hardenedWebPreferences } from './hardened-web-preferences';

export interface ConsoleIdentity {
  /** The 12-digit AWS account id. */
  readonly accountId: string;
  /** The role (permission set) name, as the portal lists it. */
  readonly roleName: string;
}

/** Marks a partition as a console's, so no other kind's partition name can ever collide with it. */
const consolePartitionPrefix = 'console:';

const accountIdPattern = /^\d{12}$/;
// IAM's role-name alphabet; none of it is the separator below.
const roleNamePattern = /^[\w+=,.@-]{1,64}$/;

/**
 * The session partition for one account and role. Without the `persist:` prefix Electron keeps
 * it in memory: console cookies are credentials, so they stay off disk and end with the app (a
 * new window federates again). Throws on an identity that is not an account id and role name,
 * which would otherwise let two identities share a partition.
 */
export function consolePartition(identity: ConsoleIdentity): string {
  if (!accountIdPattern.test(identity.accountId)) throw new Error('Not an AWS account id');
  if (!roleNamePattern.test(identity.roleName)) throw new Error('Not an IAM role name');
  return `${consolePartitionPrefix}${identity.accountId}:${identity.roleName}`;
}

export function consoleWindowOptions(title: string, partition: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    show: false,
    autoHideMenuBar: true,
    // No `preload` key at all: not an empty one, which Electron would try to load.
    webPreferences: { ...hardenedWebPreferences, partition },
  };
}
