// The first check on every request: only an app-page window, in its top frame, showing its own
// kind's page, may use the contract. A console window (AWS's page), a frame that navigated
// elsewhere or to another app page, an injected iframe, or a webContents nobody registered gets
// nothing, whatever it sends.
import { isAppUrl, type RendererSource } from '../renderer-source';
import { pageOf, type WindowKind } from '../windows/window-kinds';

export interface SenderFrame {
  readonly url: string;
  /** False for iframes; the app's pages never embed frames, so only the top frame is trusted. */
  readonly isMainFrame: boolean;
}

/** `kind`: the sending window's kind from the registry; undefined when it is not a known window. */
export function isTrustedSender(frame: SenderFrame | null | undefined, kind: WindowKind | undefined, source: RendererSource): boolean {
  const page = pageOf(kind);
  return frame != null && frame.isMainFrame && page !== undefined && isAppUrl(frame.url, source, page);
}
