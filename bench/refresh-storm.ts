// Many callers want a token the moment it goes stale (a tab storm, a tray refresh, a CLI burst).
// Measures the app's single-flight refresh against the naive baseline in the same run: every
// caller refreshing on its own, which rotating refresh tokens punish with InvalidGrant.
import { CreateTokenCommand } from '@aws-sdk/client-sso-oidc';
import { oidcClient, startSampleEmulator } from '../e2e/emulator/testing';
import { ChunkedSecretStore } from '../app/secrets/chunked-secret-store';
import { InMemorySecretStore } from '../app/secrets/in-memory-secret-store';
import type { SecretStore } from '../app/secrets/secret-store';
import { secretAccounts } from '../app/sessions/session-secrets';
import { CoreHarness } from '../app/testing/core-harness';
import { FakeClock } from '../app/testing/fake-clock';
import { round, type BenchOutput } from './figure';

const callers = 200;
const startUrl = 'https://d-1234567890.awsapps.com/start';

export async function refreshStorm(): Promise<BenchOutput> {
  const clock = new FakeClock();
  const emulator = await startSampleEmulator({ now: () => clock.now(), lifetimes: { accessTokenSeconds: 60 } });
  const secrets = new InMemorySecretStore();
  const harness = new CoreHarness({ clock, endpoint: emulator.endpoint, secretStore: secrets });
  try {
    await harness.core.ready;
    const instance = await harness.addInstance(startUrl, 'eu-west-1');
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);

    // The app: the token goes stale (a laptop waking up), then every caller asks at once.
    clock.jump(61_000);
    emulator.admin.resetCounts();
    let started = performance.now();
    const tokens = await Promise.all(
      Array.from({ length: callers }, () => harness.core.sessions.getAccessToken(instance.id, { interactive: false })),
    );
    const appMs = performance.now() - started;
    const appRequests = emulator.admin.counts()['CreateToken']?.requests ?? 0;
    const distinctTokens = new Set(tokens).size;

    // The baseline: each caller sends its own refresh with the refresh token it last saw.
    const { registration, refreshToken } = await storedRefreshState(new ChunkedSecretStore(secrets), instance.id);
    emulator.admin.resetCounts();
    const client = oidcClient(emulator.endpoint, { region: 'eu-west-1', maxAttempts: 1 });
    started = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: callers }, () =>
        client.send(new CreateTokenCommand({ ...registration, grantType: 'refresh_token', refreshToken })),
      ),
    );
    const naiveMs = performance.now() - started;
    const naiveRequests = emulator.admin.counts()['CreateToken']?.requests ?? 0;
    const naiveFailures = outcomes.filter((outcome) => outcome.status === 'rejected').length;

    return {
      lines: [
        {
          bench: 'refresh-storm',
          callers,
          appMs: round(appMs),
          appRequests,
          distinctTokens,
          naiveMs: round(naiveMs),
          naiveRequests,
          naiveRejected: naiveFailures,
          requestsRatio: round(naiveRequests / Math.max(appRequests, 1)),
          timeRatio: round(naiveMs / appMs),
        },
      ],
      figures: [
        { name: `refresh storm, ${callers} callers: app (single-flight)`, value: appMs, unit: 'ms', note: `${appRequests} CreateToken, ${distinctTokens} distinct token(s), 0 failures` },
        { name: `refresh storm, ${callers} callers: naive per-caller refresh`, value: naiveMs, unit: 'ms', note: `${naiveRequests} CreateToken, ${naiveFailures} rejected by rotation` },
        { name: 'refresh storm: requests saved (naive / app)', value: naiveRequests / Math.max(appRequests, 1), unit: 'x' },
        { name: 'refresh storm: time ratio (naive / app)', value: naiveMs / appMs, unit: 'x' },
      ],
    };
  } finally {
    await harness.dispose();
    await emulator.close();
  }
}

/** Reads the refresh state the app stored, through the same SecretStore the app wrote it with. */
async function storedRefreshState(store: SecretStore, instanceId: string) {
  const registration = JSON.parse((await store.get(secretAccounts.clientRegistration(instanceId))) ?? '{}') as { clientId: string; clientSecret: string };
  const refreshToken = (await store.get(secretAccounts.refreshToken(instanceId))) ?? '';
  return { registration: { clientId: registration.clientId, clientSecret: registration.clientSecret }, refreshToken };
}
