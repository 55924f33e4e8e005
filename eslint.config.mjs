// The placement rule (docs/architecture.md) as lint errors: each folder may import only what
// its runtime has. `npm run lint` is part of `npm test`, so a wrong import fails CI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'e2e/web-host/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['app/**/*.ts'],
    // Integration tests beside the code drive the core against the emulator in e2e/ (docs/architecture.md
    // "Tests"); only production files are held to the zone.
    ignores: ['app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'app/ is the headless core: put Electron code in main/ behind a port.' },
          { name: 'react', message: 'app/ is the headless core: UI belongs in renderer/.' },
          { name: 'react-dom', message: 'app/ is the headless core: UI belongs in renderer/.' },
          { name: 'electron-store', message: 'app/ uses the SettingsStore port; electron-store lives in main/.' },
        ],
        patterns: [
          { group: ['**/main/**', '**/renderer/**', '**/e2e/**'], message: 'app/ must not import main/, renderer/ or e2e/.' },
        ],
      }],
    },
  },
  {
    files: ['app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'app/ is the headless core: put Electron code in main/ behind a port.' },
          { name: 'react', message: 'app/ is the headless core: UI belongs in renderer/.' },
        ],
        patterns: [{ group: ['**/main/**', '**/renderer/**'], message: 'app/ tests must not import main/ or renderer/.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer is sandboxed: use window.desktop (app/ipc).' }],
        patterns: [
          { group: nodeBuiltins, message: 'The renderer has no Node: ask main through window.desktop.' },
          { group: ['@aws-sdk/*', '@smithy/*', '@napi-rs/*'], message: 'AWS calls and secrets stay in main: ask through window.desktop.' },
          { group: ['**/main/**', '**/e2e/**'], message: 'The renderer may not import main/ or e2e/.' },
          { group: ['**/app/**', '!**/app/ipc', '!**/app/ipc/**', '!**/app/model', '!**/app/model/**'], message: 'The renderer may import only app/ipc and app/model from the core.' },
        ],
      }],
    },
  },
  {
    // Only main/ipc and the preload may touch Electron's raw IPC objects.
    files: ['main/**/*.ts'],
    ignores: ['main/ipc/**', 'main/preload/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Raw IPC lives only in main/ipc and the preload; add a channel to app/ipc/contract instead.' }],
        patterns: [{ group: ['**/renderer/**', '**/e2e/**'], message: 'main/ may not import renderer/ or e2e/.' }],
      }],
    },
  },
);
