// Whether the settings screen takes the list's place. The gear button and Ctrl/Cmd+, open it from
// the page; main opens it too (the tray's "Settings…"): with `shell-open-settings` when the window
// is already open, with `#settings` in the URL when the window opens for it.
import { settingsHash } from '../../../app/ipc/contract/channel-names';
import type { EventSlice, SliceContext } from './slice';

export interface SettingsScreenSlice {
  readonly settingsOpen: boolean;
  openSettings(): void;
  closeSettings(): void;
}

export function createSettingsScreenSlice({ desktop, set }: SliceContext, initialHash: string): EventSlice<SettingsScreenSlice> {
  return {
    state: {
      settingsOpen: initialHash === settingsHash,
      openSettings: () => set({ settingsOpen: true }),
      closeSettings: () => set({ settingsOpen: false }),
    },
    listen: () => desktop.subscribe('shell-open-settings', () => set({ settingsOpen: true })),
  };
}
