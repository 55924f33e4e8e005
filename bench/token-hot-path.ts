// Every portal call and credential request asks for an access token. The app answers from memory
// and touches the keychain only when a token changes; the baseline is reading the keychain on
// every call (what a stateless helper would do). Needs the Secret Service (npm run bench has it).
import { startSampleEmulator } from '../e2e/emulator/testing';
import { KeychainSecretStore } from '../app/secrets/keychain-secret-store';
import { secretAccounts } from '../app/sessions/session-secrets';
import { CoreHarness } from '../app/testing/core-harness';
import { FakeClock } from '../app/testing/fake-clock';
import { uniqueKeychainService } from '../app/testing/keyring';
import { round, type BenchOutput } from './figure';

const appCalls = 20_000;
const keychainCalls = 200;

export async function tokenHotPath(): Promise<BenchOutput> {
  const clock = new FakeClock();
  const emulator = await startSampleEmulator({ now: () => clock.now() });
  const service = uniqueKeychainService();
  const keychain = new KeychainSecretStore(service);
  const harness = new CoreHarness({ clock, endpoint: emulator.endpoint, secretStore: keychain });
  try {
    await harness.core.ready;
    const instance = await harness.addInstance('https://d-1234567890.awsapps.com/start', 'eu-west-1');
    await harness.call('sessions:sign-in', { instanceId: instance.id });
    await harness.waitForSession(instance.id, ['signed-in']);

    let started = performance.now();
    for (let call = 0; call < appCalls; call += 1) await harness.core.sessions.getAccessToken(instance.id, { interactive: false });
    const appMicros = ((performance.now() - started) * 1000) / appCalls;

    started = performance.now();
    for (let call = 0; call < keychainCalls; call += 1) await keychain.get(secretAccounts.accessToken(instance.id));
    const keychainMicros = ((performance.now() - started) * 1000) / keychainCalls;

    return {
      lines: [{ bench: 'token-hot-path', appCalls, appMicros: round(appMicros), keychainCalls, keychainMicros: round(keychainMicros), ratio: round(keychainMicros / appMicros) }],
      figures: [
        { name: 'access token per call: app (memory)', value: appMicros, unit: 'µs', note: `${appCalls} calls` },
        { name: 'access token per call: keychain read', value: keychainMicros, unit: 'µs', note: `${keychainCalls} calls, Secret Service over D-Bus` },
        { name: 'access token: time ratio (keychain / app)', value: keychainMicros / appMicros, unit: 'x' },
      ],
    };
  } finally {
    await harness.call('sessions:sign-out', { instanceId: (await harness.call('instances:list'))[0]?.id ?? '' }).catch(() => undefined);
    await harness.dispose();
    await emulator.close();
  }
}
