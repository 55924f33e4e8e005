// The Clipboard port on Electron's clipboard: main writes copies of credentials itself, so the
// secret never passes through the page.
import { clipboard } from 'electron';
import type { Clipboard } from '../../app/ports/clipboard';

export const electronClipboard: Clipboard = {
  async writeText(text) {
    clipboard.writeText(text);
  },
};
