// The quick switcher's and the tray's role actions through a real core against the emulator: the
// build offers what has landed (copy credentials), and running it from the switcher's channel puts
// the role's credentials on the clipboard in the quick-copy format of the settings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../../e2e/emulator/testing';
import { systemClock } from '../ports/clock';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';

let emulator: RunningEmulator;
let harness: CoreHarness;
let instanceId: string;
const role = { accountId: '111111111111', roleName: 'ReadOnlyAccess' };

beforeEach(async () => {
  emulator = await startSampleEmulator();
  harness = new CoreHarness({ clock: systemClock, endpoint: emulator.endpoint, secretStore: new InMemorySecretStore() });
  await harness.core.ready;
  instanceId = (await harness.addInstance(SAMPLE_START_URL, SAMPLE_REGION, 'device-code')).id;
  await harness.call('sessions:sign-in', { instanceId });
  await harness.waitForSession(instanceId, ['signed-in']);
});

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
});

describe('quick actions in the core', () => {
  it('offers copying credentials (the feature has landed) and the capabilities say the same', async () => {
    const offered = await harness.call('quick-switcher:get-actions');
    expect(offered).toContain('copy-credentials');
    expect([...harness.core.quickActions()]).toEqual(offered);
  });

  it('copies the role credentials in the quick-copy format from the settings', async () => {
    await harness.call('settings:update', { credentials: { quickCopyFormat: 'fish' } });
    await harness.call('quick-switcher:run', { action: 'copy-credentials', role: { instanceId, ...role } });
    const credentials = await harness.core.roleCredentials({ instanceId, ...role });
    const text = harness.clipboard.read() ?? '';
    expect(text).toContain(`set -gx AWS_ACCESS_KEY_ID '${credentials.accessKeyId}'`);
    expect(text).not.toContain('export ');
  });
});
