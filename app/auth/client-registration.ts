// An OIDC client registration (RegisterClient, docs/aws-wire.md §1.2) and when it may be reused. Like the
// CLI we register once and reuse the client until its secret expires; a PKCE sign-in reuses only a
// client registered for the authorization_code grant (docs/aws-wire.md §1.4).
import type { SignInMethod } from '../model/instance';

export interface ClientRegistration {
  readonly clientId: string;
  readonly clientSecret: string;
  /** clientSecretExpiresAt, as epoch ms. */
  readonly expiresAt: number;
  /** Which flow the client was registered for: the grant types differ. */
  readonly registeredFor: SignInMethod;
  readonly region: string;
  readonly startUrl: string;
  /**
   * The OIDC origin that issued this client (issuer-binding.ts). Its secret, and the tokens issued
   * to it, go to that origin only. Absent on registrations stored before the binding existed.
   */
  readonly issuer?: string;
}

/** Reuse margin: a client that would expire within a day is replaced before a sign-in starts. */
export const registrationReuseMarginMs = 24 * 3600_000;

export interface RegistrationNeed {
  readonly method: SignInMethod;
  readonly region: string;
  readonly startUrl: string;
  /** The OIDC origin the sign-in will talk to. */
  readonly issuer: string;
  readonly now: number;
}

export function isRegistrationReusable(registration: ClientRegistration, need: RegistrationNeed): boolean {
  return (
    registration.registeredFor === need.method &&
    registration.region === need.region &&
    registration.startUrl === need.startUrl &&
    // Never send a client secret to an origin other than the one that issued it.
    registration.issuer === need.issuer &&
    registration.expiresAt - need.now > registrationReuseMarginMs
  );
}

/** A refresh needs the client the refresh token was issued to, and that client must still be valid. */
export function canRefreshWith(registration: ClientRegistration | undefined, now: number): registration is ClientRegistration {
  return registration !== undefined && registration.expiresAt > now;
}
