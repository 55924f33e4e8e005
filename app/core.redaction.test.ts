// The core redacts at one point, in createCore: every area logs through it. This pins that point:
// with the wrapper removed, a keychain error that quotes a token would reach the host's log.
import { describe, expect, it } from 'vitest';
import { InMemorySecretStore } from './secrets/in-memory-secret-store';
import { InMemorySettingsStore } from './settings/in-memory-settings-store';
import { currentSettingsVersion } from './settings/settings-schema';
import { CoreHarness } from './testing/core-harness';
import { FakeClock } from './testing/fake-clock';

// Shaped like an IAM Identity Center access token.
const token = 'aoaAAAAAGlyb2U5dXlaY2V0Sk1hUGlHb0xqTDJWS0tzM2hYdkxNRzRBbWN0cEhKNXFyNWFfZ3JyMC1NYWdnZXI';

/** A keychain whose reads of session entries fail with an error that quotes a token. */
class LeakyKeychain extends InMemorySecretStore {
  override async get(account: string): Promise<string | undefined> {
    if (account.endsWith('/access-token')) throw new Error(`keychain backend said: entry ${token} is locked`);
    return super.get(account);
  }
}

describe('createCore', () => {
  it('logs a failure that quotes a token without the token', async () => {
    const settingsStore = new InMemorySettingsStore({
      version: currentSettingsVersion,
      instances: [{ id: 'i-1', startUrl: 'https://d-1234567890.awsapps.com/start', region: 'eu-west-1', partition: 'aws', displayName: 'Acme', signInMethod: 'browser' }],
    });
    const harness = new CoreHarness({ clock: new FakeClock(), endpoint: 'http://127.0.0.1:9', secretStore: new LeakyKeychain(), settingsStore });
    await harness.core.ready;
    await harness.dispose();

    const line = harness.logLines.find((candidate) => candidate.includes('Could not read a stored session'));
    expect(line).toBeDefined();
    expect(line).toContain('keychain backend said');
    expect(harness.logLines.join('\n')).not.toContain(token.slice(0, 24));
  });
});
