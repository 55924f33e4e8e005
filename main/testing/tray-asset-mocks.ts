// The tray icons are electron-vite `?asset` imports, which Vitest cannot resolve: each becomes the
// file's path in assets/. Call at the top of a test that imports main/index.ts.
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { trayIconFiles } from '../tray/tray-icon-files';
import { trayIconStates } from '../tray/tray-icon-state';

export function mockTrayAssets(): void {
  for (const name of trayIconStates.flatMap((state) => Object.values(trayIconFiles(state)))) {
    vi.doMock(`../../assets/${name}?asset`, () => ({ default: resolve('assets', name) }));
  }
}
