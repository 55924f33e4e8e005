// Builds the Electron app into out/: main (out/main/index.js, package.json "main"), the preload
// (out/preload/index.js) and the renderer (out/renderer/). package.json stays CommonJS, so both
// main and preload are emitted as CommonJS: a sandboxed preload cannot load ES modules.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './app/security/content-security-policy';
import { rendererPages } from './main/renderer-source';

export default defineConfig({
  main: {
    build: {
      // Dependencies stay external (electron-vite's default) and ship in node_modules; the keyring's
      // native binary in particular must stay a real file (electron-builder.yml asarUnpack).
      // electron-store and conf are ES-module-only, so they are bundled into the CommonJS main.
      externalizeDeps: { exclude: ['electron-store', 'conf'] },
      rolldownOptions: { input: { index: resolve('main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only electron's own modules, so its imports (the
      // contract, and zod with it) are bundled into the one file.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve('main/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve('renderer'),
    // One HTML input per app page (main/renderer-source.ts names them), so a new page is built
    // by adding it to that table; each lands in out/renderer/ under its own file name.
    build: { rolldownOptions: { input: rendererInputs() } },
    plugins: [react(), developmentContentSecurityPolicy()],
  },
});

/** Page name → its HTML file, e.g. { portal: 'renderer/index.html' }. */
function rendererInputs(): Record<string, string> {
  return Object.fromEntries(Object.entries(rendererPages).map(([page, file]) => [page, resolve('renderer', file)]));
}

/** Under the dev server, swaps index.html's production CSP for the development one (inline preamble). */
function developmentContentSecurityPolicy(): Plugin {
  return {
    name: 'sso-tray:development-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(contentSecurityPolicy('production'), contentSecurityPolicy('development')),
    },
  };
}
