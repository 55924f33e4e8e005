// `logout`: signs out of an instance (the portal's logout, then its secrets leave the keychain,
// the CLI's cached role credentials with them). The instance stays in the list.
import { text, type CliCommand } from '../cli-command';

export const logoutCommand: CliCommand = {
  name: 'logout',
  help: `Usage: sso-tray logout [--instance START_URL]

  --instance START_URL   the instance, when there are several`,
  options: { instance: { type: 'string' } },
  async run(context, values) {
    const signedOut = await (await context.backend()).signOut(text(values, 'instance'));
    context.io.stdout(`Signed out of ${signedOut.displayName}.\n`);
  },
};
