// `accounts`: the instance's accounts and roles, from the app's list (or the portal cache) when
// it has one, freshly listed otherwise or with --refresh.
import { cleanText } from '../../model/display-text';
import { flag, text, type CliCommand } from '../cli-command';

export const accountsCommand: CliCommand = {
  name: 'accounts',
  help: `Usage: sso-tray accounts [--instance START_URL] [--refresh] [--json]

  --instance START_URL   the instance, when there are several
  --refresh              list them from the portal now instead of the cached list
  --json                 one JSON object: {instance, accounts: [{accountId, accountName, emailAddress, roles}]}`,
  options: { instance: { type: 'string' }, refresh: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(context, values) {
    const listing = await (await context.backend()).accounts(text(values, 'instance'), { refresh: flag(values, 'refresh') });
    if (flag(values, 'json')) {
      context.io.stdout(`${JSON.stringify({ instance: listing.instance, accounts: listing.accounts.map((account) => ({ accountId: account.accountId, accountName: account.accountName, emailAddress: account.emailAddress, roles: roleNames(account.roles) })) })}\n`);
      return;
    }
    const lines = listing.accounts.map((account) => `${account.accountId}  ${cleanText(account.accountName)}  ${roleNames(account.roles).join(', ') || '(roles not listed yet)'}`);
    context.io.stdout(`${[`${listing.instance.displayName} (${listing.instance.startUrl}): ${listing.accounts.length} accounts`, ...lines].join('\n')}\n`);
  },
};

function roleNames(roles: { readonly status: string; readonly names?: readonly string[] }): readonly string[] {
  return roles.names ?? [];
}
