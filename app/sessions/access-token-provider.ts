// What other services (the portal, role credentials, the CLI helper) need from sessions.

export interface AccessTokenRequest {
  /** May open a sign-in (browser or device code) when no session can be refreshed. */
  readonly interactive: boolean;
  /**
   * A token the service has just refused although it looked fresh here (expired early, clock
   * skew): refresh instead of handing it out again. Concurrent callers share that one refresh.
   */
  readonly rejectedToken?: string;
}

/** A token, and word when a session ends. */
export interface AccessTokenProvider {
  getAccessToken(instanceId: string, request: AccessTokenRequest): Promise<string>;
  /** Fired after sign-out (and removal): drop anything cached for the instance, such as role credentials. */
  readonly onDidSignOut: (listener: (instanceId: string) => void) => () => void;
}
