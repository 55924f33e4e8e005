// `console`: the AWS console signed in as a role. The role credentials come the cheapest way
// (the running app, the keychain cache, or the CLI's own core: role-credentials-for.ts); then
// getSigninToken on the partition's federation endpoint and the login URL, as the app builds it
// (app/console). `--print` writes the URL (valid 15 minutes, once) on stdout; without it the URL
// goes to the default browser and is never printed.
import { resolveEndpoints } from '../../aws/endpoints';
import { fetchSigninToken } from '../../console/federation-client';
import { consoleDestinationUrl, loginUrl, sessionLength } from '../../console/sign-in-urls';
import { partitionOfRegion } from '../../model/regions';
import { UsageError } from '../cli-error';
import { flag, text, type CliCommand } from '../cli-command';
import { roleCredentialsFor } from '../role-credentials-for';
import { resolveInstance } from '../resolve-target';
import { systemBrowser } from '../system-browser';

export const consoleCommand: CliCommand = {
  name: 'console',
  help: `Usage: sso-tray console --account ID_OR_NAME --role ROLE [--instance START_URL] [--destination PATH] [--region R] [--session-seconds N] [--print]

  --destination PATH     the console page to land on, for example /s3/home (default: the console home)
  --region R             the console's region (default: the instance's)
  --session-seconds N    the console session's length, 900 to 43200, no longer than the credentials
  --print                print the sign-in URL instead of opening it`,
  options: {
    account: { type: 'string' },
    role: { type: 'string' },
    instance: { type: 'string' },
    destination: { type: 'string' },
    region: { type: 'string' },
    'session-seconds': { type: 'string' },
    print: { type: 'boolean' },
  },
  async run(context, values) {
    const account = text(values, 'account');
    const role = text(values, 'role');
    if (!account || !role) throw new UsageError('--account and --role are required');
    const secondsText = text(values, 'session-seconds');
    const requested = secondsText === undefined ? undefined : Number(secondsText);
    if (requested !== undefined && !Number.isInteger(requested)) throw new UsageError('--session-seconds must be a whole number of seconds');

    const credentials = await roleCredentialsFor(context, { account, role, instance: text(values, 'instance') });
    // No readable settings: the credentials above already failed with the clearer line.
    const instance = resolveInstance(await context.validInstancesFromFile(), text(values, 'instance'));
    const region = text(values, 'region') ?? instance.region;
    if (partitionOfRegion(region) !== instance.partition) throw new UsageError(`${region} is not a region of ${instance.displayName}'s partition`);
    let destination: string;
    try {
      destination = consoleDestinationUrl(instance.partition, region, text(values, 'destination'));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const length = sessionLength({ requested, credentialsExpireAt: credentials.expiration, now: Date.now() });
    if (!length.ok) throw new UsageError(length.message);

    const origin = resolveEndpoints(instance.region, instance.partition, context.location.awsEndpoint).federation;
    const signinToken = await fetchSigninToken({ origin }, credentials, length.seconds);
    const url = loginUrl(origin, { issuer: instance.startUrl, destination, signinToken });
    if (flag(values, 'print')) {
      context.io.stdout(`${url}\n`);
      return;
    }
    await systemBrowser({ awsEndpoint: context.location.awsEndpoint, print: false, write: (line) => context.io.stderr(`${line}\n`) }).open(url);
    context.io.stderr(`Opened the console for ${role} in ${account} (${region}).\n`);
  },
};
