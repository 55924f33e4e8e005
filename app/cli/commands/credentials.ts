// `credentials`: a role's credentials in a shell's syntax, a .env file or JSON, on stdout (the
// only place a secret goes), for `eval "$(sso-tray credentials ...)"` and the like.
import { formatCredentials } from '../../credentials/export-formats';
import { exportFormats } from '../../model/export-format';
import { ExportFormatSchema } from '../../model/export-format-schema';
import { UsageError } from '../cli-error';
import { text, type CliCommand } from '../cli-command';
import { roleCredentialsFor } from '../role-credentials-for';

export const credentialsCommand: CliCommand = {
  name: 'credentials',
  help: `Usage: sso-tray credentials --account ID_OR_NAME --role ROLE [--instance START_URL] --format FORMAT

  --account ID_OR_NAME   the account id or its exact name
  --role ROLE            the permission set
  --instance START_URL   the instance, when there are several
  --format FORMAT        ${exportFormats.join('|')}
  --region R             also set AWS_REGION and AWS_DEFAULT_REGION`,
  options: { account: { type: 'string' }, role: { type: 'string' }, instance: { type: 'string' }, format: { type: 'string' }, region: { type: 'string' } },
  async run(context, values) {
    const format = ExportFormatSchema.safeParse(text(values, 'format') ?? '');
    if (!format.success) throw new UsageError(`--format must be one of ${exportFormats.join(', ')}`);
    const account = text(values, 'account');
    const role = text(values, 'role');
    if (!account || !role) throw new UsageError('--account and --role are required');
    const credentials = await roleCredentialsFor(context, { account, role, instance: text(values, 'instance') });
    const region = text(values, 'region');
    context.io.stdout(formatCredentials(credentials, format.data, region ? { region } : {}));
  },
};
