import { defineConfig } from 'vitest/config';

// Two tiers (Playwright specs, *.spec.ts, are run by `playwright test`):
//   unit:        pure code and fakes only: no keyring, no emulator, no browser; runs anywhere in
//                seconds. Renderer tests name their DOM (`@vitest-environment happy-dom`) per file.
//   integration: the real Secret Service (*.keychain.test.ts), the emulator over HTTP
//                (*.emulator.test.ts and the emulator's own tests), Debian's AWS CLI.
// `npm test` runs both; `npx vitest run --project unit` runs the first alone.
const integration = ['app/**/*.emulator.test.ts', '**/*.keychain.test.ts', 'e2e/emulator/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['app/**/*.test.ts', 'main/**/*.test.ts', 'e2e/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          exclude: ['**/node_modules/**', ...integration],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: integration,
          exclude: ['**/node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
