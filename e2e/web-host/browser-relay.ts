// The web host's Browser port. The core is composed before the web host starts, so the port is a
// relay: it checks the URL with the app's external-URL policy, then hands it to whatever the host
// attached (the connected pages, which open it with window.open).
import { AppError } from '../../app/ipc/result';
import type { Browser } from '../../app/ports/browser';
import { decideExternalUrl, type ExternalUrlPolicy } from '../../app/security/external-url-policy';

/** Delivers a URL to the pages; returns how many received it. */
export type OpenTarget = (url: string) => number;

export interface BrowserRelay {
  readonly browser: Browser;
  /** Attaches the target (one at a time); returns the detach. */
  attach(target: OpenTarget): () => void;
}

export function createBrowserRelay(policy: ExternalUrlPolicy): BrowserRelay {
  let current: OpenTarget | undefined;
  return {
    browser: {
      async open(url) {
        // The same rule the Electron app applies before shell.openExternal.
        const decision = decideExternalUrl(url, policy);
        if (!decision.allowed) throw new AppError('invalid-input', `The app will not open this link (${decision.reason}).`);
        const delivered = current ? current(decision.url) : 0;
        if (delivered === 0) throw new AppError('network', 'No page is connected to the dev web host to open the link in.');
      },
    },
    attach(target) {
      current = target;
      return () => {
        if (current === target) current = undefined;
      };
    },
  };
}
