// `login`: signs in to an instance, adding it first when it is new (then --region is needed), as
// `aws configure sso` does. With the app running, the app signs in (its window shows the page or
// code); otherwise the CLI does, printing the device code or URL on stderr.
import type { EventPayload } from '../../ipc/contract';
import { flag, text, type CliCommand } from '../cli-command';

export const loginCommand: CliCommand = {
  name: 'login',
  help: `Usage: sso-tray login [--instance START_URL] [--region R] [--device] [--no-browser] [--share-token-cache]

  --instance START_URL   the access portal URL; a new one is added (needs --region)
  --region R             the region of its IAM Identity Center
  --device               sign in with a device code instead of the browser redirect
  --no-browser           print the sign-in URL and code instead of opening a browser
  --share-token-cache    let the AWS CLI and SDKs use this sign-in (writes ~/.aws/sso/cache)`,
  options: {
    instance: { type: 'string' },
    region: { type: 'string' },
    device: { type: 'boolean' },
    'no-browser': { type: 'boolean' },
    'share-token-cache': { type: 'boolean' },
  },
  async run(context, values) {
    const request = {
      instance: text(values, 'instance'),
      region: text(values, 'region'),
      ...(flag(values, 'device') ? { method: 'device-code' as const } : {}),
      ...(flag(values, 'share-token-cache') ? { shareTokenCache: true } : {}),
    };
    const app = await context.app();
    if (app) {
      context.io.stderr('SSO Tray is running: finish the sign-in it shows.\n');
      const signedIn = await app.backend.signIn(request);
      context.io.stdout(`Signed in to ${signedIn.displayName} (${signedIn.startUrl}).\n`);
      return;
    }
    const core = await context.ownCore({ printUrls: flag(values, 'no-browser') });
    const shown = new Set<string>();
    const stop = core.events.subscribeAll((event, payload) => {
      if (event !== 'instances-changed') return;
      for (const instance of payload as EventPayload<'instances-changed'>) {
        const session = instance.session;
        if (session.kind !== 'awaiting-device-code' || shown.has(session.userCode)) continue;
        shown.add(session.userCode);
        context.io.stderr(`To sign in to ${instance.displayName}, open ${session.verificationUri} and enter the code ${session.userCode}\n(or open ${session.verificationUriComplete})\n`);
      }
    });
    try {
      const { createCoreBackend } = await import('../core-backend');
      const signedIn = await createCoreBackend(core, { promptSignIn: false, kind: 'cli' }).signIn(request);
      context.io.stdout(`Signed in to ${signedIn.displayName} (${signedIn.startUrl}).\n`);
    } finally {
      stop();
    }
  },
};
