// The ONE way the app opens something outside itself. The Browser port, window.open from the page
// and any future "open in browser" action all go through the function this returns.
import { AppError } from '../../app/ipc/result';
import type { Logger } from '../../app/ports/logger';
import { decideExternalUrl, describeUrlForLog, type ExternalUrlPolicy } from '../../app/security/external-url-policy';

export type OpenExternal = (url: string) => Promise<void>;

export interface GuardedOpenerDeps {
  /** The mechanism: Electron's shell.openExternal in the app. */
  readonly openExternal: OpenExternal;
  readonly policy: ExternalUrlPolicy;
  readonly logger: Logger;
}

/** Opens allowed URLs; refuses the rest with an AppError and a log line that names only the origin. */
export function createGuardedOpener(deps: GuardedOpenerDeps): OpenExternal {
  return async (url) => {
    const decision = decideExternalUrl(url, deps.policy);
    if (!decision.allowed) {
      deps.logger.warn('Refused to open a URL outside the app', { origin: describeUrlForLog(url), reason: decision.reason });
      throw new AppError('invalid-input', `The app will not open this link (${decision.reason}).`);
    }
    await deps.openExternal(decision.url);
  };
}
