// `credential-process`: what a `credential_process` profile runs. Version 1 JSON on stdout
// (https://docs.aws.amazon.com/cli/latest/topic/config-vars.html "Sourcing credentials with an
// external process"), nothing else; a failure is one line on stderr and exit 1.
import { formatCredentials } from '../../credentials/export-formats';
import { UsageError } from '../cli-error';
import { text, type CliCommand } from '../cli-command';
import { readProfileTarget } from '../profile-target';
import { roleCredentialsFor } from '../role-credentials-for';

export const credentialProcessCommand: CliCommand = {
  name: 'credential-process',
  help: `Usage: sso-tray credential-process --profile NAME
       sso-tray credential-process --account ID --role ROLE [--instance START_URL]

Prints Version 1 JSON (AccessKeyId, SecretAccessKey, SessionToken, Expiration) on stdout. The
running app answers when it runs; otherwise the CLI uses the stored session. Signed out: exit 1.

  --profile NAME         a profile of ~/.aws/config naming the role (sso_tray_account_id, ...)(sso_account_id, sso_role_name)
  --account ID           the account id (or its exact name)
  --role ROLE            the permission set
  --instance START_URL   the instance, when there are several`,
  options: { profile: { type: 'string' }, account: { type: 'string' }, role: { type: 'string' }, instance: { type: 'string' } },
  async run(context, values) {
    const profile = text(values, 'profile');
    const account = text(values, 'account');
    const role = text(values, 'role');
    if (profile !== undefined && (account !== undefined || role !== undefined)) throw new UsageError('give either --profile or --account with --role');
    const target = profile !== undefined ? await readProfileTarget(profile, context.io.env) : { account: required(account, '--account'), role: required(role, '--role'), instance: text(values, 'instance') };
    const credentials = await roleCredentialsFor(context, target);
    context.io.stdout(formatCredentials(credentials, 'json'));
  },
};

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${name} is required`);
  return value;
}
