// The `credential_process` line of the access-keys dialog's "Files and tools" tab: the line a
// person pastes into a profile of ~/.aws/config so the AWS CLI and SDKs ask this app's CLI for the
// role's credentials. It is the same command the config sync writes (aws-files/config-sync.ts),
// quoted the same way, and it holds nothing secret: only how to start the helper and which role.
import { quoteCommandLine } from '../cli/credential-process-command';
import type { RoleKey } from '../model/preferences';

export function credentialProcessLine(command: readonly string[], startUrl: string, role: RoleKey, platform: NodeJS.Platform = process.platform): string {
  const argv = [...command, '--instance', startUrl, '--account', role.accountId, '--role', role.roleName];
  return `credential_process = ${quoteCommandLine(argv, platform)}`;
}

/** The service's `credentialProcessLine` need: undefined without a helper command (the dialog then leaves the line out). */
export function credentialProcessLines(
  command: readonly string[] | undefined,
  instances: { list(): readonly { readonly id: string; readonly startUrl: string }[] },
): ((role: RoleKey) => string | undefined) | undefined {
  if (!command?.length) return undefined;
  return (role) => {
    const instance = instances.list().find((candidate) => candidate.id === role.instanceId);
    return instance ? credentialProcessLine(command, instance.startUrl, role) : undefined;
  };
}
