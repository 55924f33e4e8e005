// `npm run build:web`: the renderer with the WebSocket bridge in front (entry.ts), built into
// e2e/web-host/dist for the dev web host. Development tooling; never part of the app.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve('e2e/web-host');

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One HTML page per app page, as in the Electron build: the portal list and the quick switcher.
    rolldownOptions: { input: { index: resolve(root, 'index.html'), 'quick-switcher': resolve(root, 'quick-switcher.html') } },
  },
});
