// `config sync` and `console` need pieces other branches build (Core.syncConfig, Core.consoleSignIn).
// Until they are merged the commands exist, take their options, and say plainly that this build
// cannot do it yet (exit 1), instead of pretending.
import { AppError } from '../../ipc/result';
import type { CliCommand } from '../cli-command';

export const configSyncCommand: CliCommand = {
  name: 'config sync',
  help: `Usage: sso-tray config sync [--dry-run] [--style sso-session|credential-process] [--template T]

  --dry-run      print the change as a diff, write nothing
  --style S      sso-session (the AWS CLI's own SSO profiles) or credential-process (this CLI)
  --template T   the profile name template, for example {account}-{role}`,
  options: { 'dry-run': { type: 'boolean' }, style: { type: 'string' }, template: { type: 'string' } },
  run: () => Promise.reject(new AppError('internal', 'config sync is not in this build yet (it arrives with the AWS files feature).')),
};

export const consoleCommand: CliCommand = {
  name: 'console',
  help: `Usage: sso-tray console --account ID_OR_NAME --role ROLE [--destination PATH] [--region R] [--print]

  --destination PATH   the console page to land on, for example /s3/home
  --region R           the console's region
  --print              print the sign-in URL instead of opening it`,
  options: { account: { type: 'string' }, role: { type: 'string' }, instance: { type: 'string' }, destination: { type: 'string' }, region: { type: 'string' }, print: { type: 'boolean' } },
  run: () => Promise.reject(new AppError('internal', 'console is not in this build yet (it arrives with the console feature).')),
};
