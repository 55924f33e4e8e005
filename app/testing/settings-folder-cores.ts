// Cores over a real settings file (Conf in a temporary folder), for the tests that go through the
// whole core the way a page does and then restart over the same file. After each test the cores
// are disposed first, then their folders removed. Test tooling only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { openConfSettingsStore } from '../settings/open-conf-settings-store';
import { CoreHarness } from './core-harness';
import type { FakeClock } from './fake-clock';

export interface SettingsFolderCores {
  /** A new empty settings folder. */
  folder(): string;
  /** A ready core over the settings file in `cwd`; nobody signed in, so AWS is never called. */
  coreOver(cwd: string): Promise<CoreHarness>;
  /** Disposes one core now (the app quitting), to start another over the same file. */
  dispose(harness: CoreHarness): Promise<void>;
}

export function settingsFolderCores(prefix: string, clock: FakeClock): SettingsFolderCores {
  const folders: string[] = [];
  const harnesses: CoreHarness[] = [];
  afterEach(async () => {
    for (const harness of harnesses.splice(0)) await harness.dispose();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return {
    folder() {
      const cwd = mkdtempSync(join(tmpdir(), prefix));
      folders.push(cwd);
      return cwd;
    },
    async coreOver(cwd) {
      const harness = new CoreHarness({ clock, endpoint: 'http://127.0.0.1:9', secretStore: new InMemorySecretStore(), settingsStore: openConfSettingsStore({ cwd }, clock) });
      harnesses.push(harness);
      await harness.core.ready;
      return harness;
    },
    async dispose(harness) {
      harnesses.splice(harnesses.indexOf(harness), 1);
      await harness.dispose();
    },
  };
}
