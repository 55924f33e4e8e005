// `config sync`: a profile for every role in ~/.aws/config (AWS_CONFIG_FILE honoured), through the
// core's config sync (app/aws-files): only the app's own sections change, the rest of the file
// keeps its bytes. `--dry-run` prints the diff and writes nothing.
import { ProfileStyleSchema } from '../../model/app-settings';
import { UsageError } from '../cli-error';
import { flag, text, type CliCommand } from '../cli-command';

export const configSyncCommand: CliCommand = {
  name: 'config sync',
  help: `Usage: sso-tray config sync [--dry-run] [--style sso-session|credential-process] [--template T]

  --dry-run      print the change as a diff, write nothing
  --style S      sso-session (the AWS CLI's own SSO profiles) or credential-process (this CLI)
  --template T   the profile name template, for example {account_name}.{role_name}`,
  options: { 'dry-run': { type: 'boolean' }, style: { type: 'string' }, template: { type: 'string' } },
  async run(context, values) {
    const styleText = text(values, 'style');
    const style = styleText === undefined ? undefined : ProfileStyleSchema.safeParse(styleText);
    if (style && !style.success) throw new UsageError('--style must be sso-session or credential-process');
    const core = await context.ownCore();
    await core.ready;
    const dryRun = flag(values, 'dry-run');
    const outcome = await core.syncConfig({ dryRun, style: style?.data, template: text(values, 'template') });
    if (outcome.diff) context.io.stdout(outcome.diff.endsWith('\n') ? outcome.diff : `${outcome.diff}\n`);
    const what = `${outcome.profiles.length} profile${outcome.profiles.length === 1 ? '' : 's'}`;
    if (dryRun) context.io.stderr(outcome.diff ? `Would update ${outcome.path} (${what}); nothing written.\n` : `${outcome.path} is up to date (${what}).\n`);
    else context.io.stderr(outcome.written ? `Updated ${outcome.path} (${what}).\n` : `${outcome.path} is up to date (${what}).\n`);
  },
};
