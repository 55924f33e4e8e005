// The Vitest configuration StrykerJS runs (stryker.config.mjs, `npm run mutate`): the unit project
// of vitest.config.mts as it is, plus the keychain tests of app/secrets as a project of their own.
// A separate file because Stryker's own `testFiles` filter (9.6) activates static mutants (schemas,
// constants: values computed when a module loads) after the module has loaded, so every one of
// them "survives"; selecting the tests here instead keeps them measured.
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import base from './vitest.config.mjs';

const projects = (base.test?.projects ?? []) as TestProjectInlineConfiguration[];
const unit = projects.find((project) => project.test?.name === 'unit');
if (!unit?.test) throw new Error('vitest.config.mts has no project named "unit"');

export default defineConfig({
  test: {
    projects: [
      {
        ...unit,
        test: {
          ...unit.test,
          // It runs a child as `nobody` when root, who cannot enter Stryker's sandbox (mkdtemp
          // makes it 0700); it tests the settings file, none of the mutated code.
          exclude: [...(unit.test.exclude ?? []), 'app/settings/settings-file-access.test.ts'],
        },
      },
      {
        test: {
          // Only they reach keychain-secret-store.ts; `npm run mutate` runs in scripts/with-keyring.sh.
          name: 'secrets-keychain',
          environment: 'node',
          include: ['app/secrets/*.keychain.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
