// Everything the emulator remembers, in memory, for its lifetime: registrations, pending device
// and browser authorizations, sign-in sessions with their tokens, issued role credentials and
// console sign-in tokens. Expiry is always judged with the injected clock (`now`), never Date.now.
import type { InstanceIndex } from './directory';
import { newAccessToken, newRefreshToken } from './ids';
import type { Settings } from './settings';

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
export const REFRESH_TOKEN_GRANT = 'refresh_token';
export const AUTHORIZATION_CODE_GRANT = 'authorization_code';

export interface Registration {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly clientName: string;
  readonly scopes: readonly string[];
  /** As registered; undefined when the client sent none (the device-flow CLI sends none). */
  readonly grantTypes: readonly string[] | undefined;
  readonly redirectUris: readonly string[];
  /** From issuerUrl; undefined when the client sent none (the device flow names the instance later). */
  readonly instance: InstanceIndex | undefined;
  readonly issuedAtMs: number;
  readonly expiresAtMs: number;
}

/** Grants a registration may use: its grantTypes, or device code + refresh when it named none. */
export function allowsGrant(registration: Registration, grantType: string): boolean {
  return (registration.grantTypes ?? [DEVICE_CODE_GRANT, REFRESH_TOKEN_GRANT]).includes(grantType);
}

/**
 * Our rule for issuing refresh tokens (AWS issues them only to "new-style" clients): the client
 * registered the scope `sso:account:access`, or listed `refresh_token` in grantTypes. A legacy
 * device-flow client with neither gets access tokens only, like the old AWS CLI profiles.
 */
export function issuesRefreshTokens(registration: Registration): boolean {
  return registration.scopes.includes('sso:account:access') || (registration.grantTypes ?? []).includes(REFRESH_TOKEN_GRANT);
}

export interface DeviceAuthorization {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly clientId: string;
  readonly instance: InstanceIndex;
  readonly expiresAtMs: number;
  /** Grows by 5 s after each SlowDownException (RFC 8628 §3.5). */
  intervalSeconds: number;
  lastPolledAtMs: number | undefined;
  status: 'pending' | 'approved' | 'denied' | 'redeemed';
  userName: string | undefined;
}

/** A /authorize request waiting for the person's answer on the consent page. */
export interface AuthorizeRequest {
  readonly requestId: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string | undefined;
  readonly codeChallenge: string;
  readonly scopes: readonly string[];
  readonly instance: InstanceIndex;
  readonly expiresAtMs: number;
}

export interface AuthorizationCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly userName: string;
  readonly instance: InstanceIndex;
  readonly scopes: readonly string[];
  readonly expiresAtMs: number;
}

/** One sign-in: every access and refresh token descends from it; revoking it ends them all. */
export interface Session {
  readonly id: number;
  readonly instance: InstanceIndex;
  readonly userName: string;
  readonly clientId: string;
  readonly expiresAtMs: number;
  revoked: boolean;
}

export interface IssuedCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly accountId: string;
  readonly accountName: string;
  readonly roleName: string;
  readonly userName: string;
  readonly startUrl: string;
  readonly expiresAtMs: number;
}

export interface SigninToken {
  readonly credentials: IssuedCredentials;
  readonly expiresAtMs: number;
  readonly sessionDurationSeconds: number | undefined;
  used: boolean;
}

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken?: string;
}

export class EmulatorState {
  readonly registrations = new Map<string, Registration>();
  readonly devicesByCode = new Map<string, DeviceAuthorization>();
  readonly devicesByUserCode = new Map<string, DeviceAuthorization>();
  readonly authorizeRequests = new Map<string, AuthorizeRequest>();
  readonly authorizationCodes = new Map<string, AuthorizationCode>();
  readonly credentials = new Map<string, IssuedCredentials>();
  readonly signinTokens = new Map<string, SigninToken>();
  private readonly sessions = new Map<number, Session>();
  private readonly accessTokens = new Map<string, { session: Session; expiresAtMs: number }>();
  private readonly refreshTokens = new Map<string, Session>();
  /** Rotated-away refresh tokens, kept to explain the InvalidGrantException a reuse gets. */
  private readonly retiredRefreshTokens = new Set<string>();
  private nextSessionId = 1;

  addDevice(device: DeviceAuthorization): void {
    this.devicesByCode.set(device.deviceCode, device);
    this.devicesByUserCode.set(device.userCode, device);
  }

  startSession(instance: InstanceIndex, userName: string, clientId: string, settings: Settings, nowMs: number): Session {
    const session: Session = { id: this.nextSessionId++, instance, userName, clientId, expiresAtMs: nowMs + settings.lifetimes.refreshTokenSeconds * 1000, revoked: false };
    this.sessions.set(session.id, session);
    return session;
  }

  /** A fresh access token (never outliving the session) and, when allowed, a fresh refresh token. */
  issueTokens(session: Session, withRefreshToken: boolean, settings: Settings, nowMs: number): IssuedTokens {
    const remainingSeconds = Math.max(1, Math.floor((session.expiresAtMs - nowMs) / 1000));
    const expiresIn = Math.min(settings.lifetimes.accessTokenSeconds, remainingSeconds);
    const accessToken = newAccessToken();
    this.accessTokens.set(accessToken, { session, expiresAtMs: nowMs + expiresIn * 1000 });
    if (!withRefreshToken) return { accessToken, expiresIn };
    const refreshToken = newRefreshToken();
    this.refreshTokens.set(refreshToken, session);
    return { accessToken, expiresIn, refreshToken };
  }

  /** The session behind a bearer token, or why there is none. */
  sessionForAccessToken(token: string, nowMs: number): Session | 'unknown' | 'expired' | 'revoked' {
    const entry = this.accessTokens.get(token);
    if (!entry) return 'unknown';
    if (entry.session.revoked) return 'revoked';
    if (nowMs >= entry.expiresAtMs) return 'expired';
    return entry.session;
  }

  /**
   * The instance a bearer token was issued for, expired or revoked or not: the portal quota is
   * charged to it before the handler decides whether the token is still good.
   */
  instanceOfAccessToken(token: string): InstanceIndex | undefined {
    return this.accessTokens.get(token)?.session.instance;
  }

  /** Takes a refresh token out of circulation (rotation) and returns its session, or why not. */
  redeemRefreshToken(token: string, clientId: string, nowMs: number): Session | 'unknown' | 'reused' | 'other-client' | 'revoked' | 'expired' {
    const session = this.refreshTokens.get(token);
    if (!session) return this.retiredRefreshTokens.has(token) ? 'reused' : 'unknown';
    if (session.clientId !== clientId) return 'other-client';
    if (session.revoked) return 'revoked';
    if (nowMs >= session.expiresAtMs) return 'expired';
    this.refreshTokens.delete(token);
    this.retiredRefreshTokens.add(token);
    return session;
  }

  revokeSession(session: Session): void {
    session.revoked = true;
  }

  /** Ends every session of the user, in every instance; returns how many were live. */
  revokeUser(userName: string): number {
    let count = 0;
    for (const session of this.sessions.values()) {
      if (session.userName === userName && !session.revoked) {
        session.revoked = true;
        count++;
      }
    }
    return count;
  }
}
