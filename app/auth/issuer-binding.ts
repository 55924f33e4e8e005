// Tokens bound to their issuer. A client registration and the tokens issued to it record the OIDC
// origin they came from; the app sends the refresh token, the client secret or the access token
// only back to that origin (and to the portal of the same endpoint set, app/aws/endpoints.ts).
// Whatever the configuration says now, a mismatch is never "try it anyway": the user signs in again.
import { hostOf } from '../aws/endpoints';
import { AppError } from '../ipc/result';

/** True when secrets recorded as issued by `recorded` may be sent to `current`. */
export function isSameIssuer(recorded: string | undefined, current: string): boolean {
  return recorded !== undefined && normaliseOrigin(recorded) === normaliseOrigin(current);
}

export function issuerMismatchError(recorded: string | undefined, current: string): AppError {
  const from = recorded ? `by ${hostOf(recorded)}` : 'before this version of SSO Tray';
  return new AppError(
    'issuer-mismatch',
    `This sign-in was issued ${from}, but SSO Tray now talks to ${hostOf(current)}, so it was not sent there. Sign in again.`,
  );
}

function normaliseOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** The first record bound to another origin than `current` (absent records are skipped). */
export function findForeignIssuer(
  current: string,
  records: readonly ({ readonly issuer?: string | undefined } | undefined)[],
): { readonly recorded: string | undefined } | undefined {
  const foreign = records.find((record) => record !== undefined && !isSameIssuer(record.issuer, current));
  return foreign ? { recorded: foreign.issuer } : undefined;
}
