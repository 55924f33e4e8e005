// The quick switcher's and the tray's role actions through a real core against the emulator: the
// build offers what has landed (copy credentials), and running it from the switcher's channel puts
// the role's credentials on the clipboard in the quick-copy format of the settings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../../e2e/emulator/testing';
import { systemClock } from '../ports/clock';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { RecordingConsoleOpener } from '../testing/recording-console-opener';

let emulator: RunningEmulator;
let harness: CoreHarness;
let instanceId: string;
let consoles: RecordingConsoleOpener;
const role = { accountId: '111111111111', roleName: 'ReadOnlyAccess' };

beforeEach(async () => {
  emulator = await startSampleEmulator();
  consoles = new RecordingConsoleOpener();
  harness = new CoreHarness({ clock: systemClock, endpoint: emulator.endpoint, secretStore: new InMemorySecretStore(), consoleOpener: consoles });
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
  it('offers the console and copying credentials (landed), not the active profile (not yet), and the capabilities say the same', async () => {
    const offered = await harness.call('quick-switcher:get-actions');
    expect(offered).toEqual(['open-console', 'copy-credentials']);
    expect([...harness.core.quickActions()]).toEqual(offered);
  });

  it('opens the role\'s console the way the settings say (an app window by default), signed in through the emulator\'s federation', async () => {
    await harness.call('quick-switcher:run', { action: 'open-console', role: { instanceId, ...role } });
    expect(consoles.opened).toEqual([expect.objectContaining({ way: 'app-window', role: expect.objectContaining(role) })]);
    expect(new URL(consoles.opened[0]!.url).origin).toBe(emulator.endpoint);
    expect((await harness.call('preferences:get')).recent).toEqual([expect.objectContaining({ instanceId, ...role })]);
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
