// The access-keys dialog's "credentials file" tab, as the AWS access portal shows it: a section
// named `<account>_<role>` for `~/.aws/credentials` (plain profile name, no `profile ` prefix:
// aws-wire §5.6). The file has no expiry key, so the tools treat these as static until they fail.
import type { RoleCredentials } from '../aws/portal-client';

export function credentialsFileProfileName(role: { readonly accountId: string; readonly roleName: string }): string {
  return `${role.accountId}_${role.roleName}`;
}

export function formatCredentialsFileSnippet(credentials: RoleCredentials, profileName: string): string {
  return [
    `[${profileName}]`,
    `aws_access_key_id = ${credentials.accessKeyId}`,
    `aws_secret_access_key = ${credentials.secretAccessKey}`,
    `aws_session_token = ${credentials.sessionToken}`,
    '',
  ].join('\n');
}
