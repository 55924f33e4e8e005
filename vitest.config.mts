import { defineConfig } from 'vitest/config';

// Unit, integration and interop tests. Playwright specs (*.spec.ts) are run by `playwright test`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['app/**/*.test.ts', 'main/**/*.test.ts', 'e2e/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
        },
      },
    ],
  },
});
