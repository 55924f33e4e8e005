// The first check on every request: only our own page, in the top frame, may use the contract.
// A frame that navigated elsewhere (or an injected iframe) gets nothing, whatever it sends.
import { isAppUrl, type RendererSource } from '../renderer-source';

export interface SenderFrame {
  readonly url: string;
  /** False for iframes; the app's page never embeds frames, so only the top frame is trusted. */
  readonly isMainFrame: boolean;
}

export function isTrustedSender(frame: SenderFrame | null | undefined, expected: RendererSource): boolean {
  return frame != null && frame.isMainFrame && isAppUrl(frame.url, expected);
}
