// Mutation testing (StrykerJS with the Vitest runner): `npm run mutate`, never part of `npm test`.
// It changes the code that guards secrets and the page boundary (sign-in, the keychain, the IPC
// contract, start-URL rules, main's IPC and security policies) one small edit at a time and
// checks that some test fails. Scores per file go to the terminal and to reports/mutation/.
//
// Which tests: stryker.vitest.config.mts, the unit project plus the keychain tests of app/secrets.
// `npm run mutate` runs inside scripts/with-keyring.sh, so those talk to a real Secret Service and
// keychain-secret-store.ts (which only they reach) is measured too. The emulator tests
// (`*.emulator.test.ts`, e2e/emulator/) are left out: they run a whole sign-in over HTTP per test,
// and with per-test coverage every mutant in app/auth would rerun them; code that only they reach
// shows as "no coverage" in the report, which is the honest answer for the unit tier.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.mts', related: true },
  mutate: [
    'app/auth/**/*.ts',
    'app/secrets/**/*.ts',
    'app/ipc/**/*.ts',
    'app/model/start-url.ts',
    'main/ipc/**/*.ts',
    'main/security/**/*.ts',
    '!**/*.test.ts',
    '!**/testing/**',
  ],
  coverageAnalysis: 'perTest',
  // A 2-core machine that also runs other people's tests: two workers, and patience before a
  // slow run counts as a timeout.
  concurrency: 2,
  timeoutMS: 10_000,
  timeoutFactor: 3,
  // The sandbox lives outside the repository, so `eslint .`, `tsc -p tsconfig.tests.json` and
  // Vitest of anyone working here never see its instrumented copies.
  tempDirName: join(tmpdir(), 'sso-tray-stryker'),
  ignorePatterns: ['out', 'dist', 'test-results', 'playwright-report', 'reports', 'bench'],
  // Reruns test only what changed since the last report; `npm run mutate -- --force` for all of it.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  clearTextReporter: { allowColor: false, reportScoreTable: true, reportMutants: true, logTests: false },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  cleanTempDir: true,
};
