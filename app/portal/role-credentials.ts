// Role credentials (GetRoleCredentials) on demand, held in memory per (instance, account, role)
// until five minutes before they expire, one request at a time per key however many callers ask,
// through the instance's rate limiter ahead of background work. Never written to disk here: the
// features that export them (a shell, a credentials file, a console) decide that, on purpose.
import type { RoleCredentials } from '../aws/portal-client';
import type { Clock } from '../ports/clock';
import { SingleFlight } from '../sessions/single-flight';

/** Credentials this close to expiry are fetched again: a tool given them must have time to use them. */
export const credentialsReuseMarginMs = 5 * 60_000;

export interface RoleRef {
  readonly instanceId: string;
  readonly accountId: string;
  readonly roleName: string;
}

export type FetchRoleCredentials = (role: RoleRef) => Promise<RoleCredentials>;

export class RoleCredentialsCache {
  readonly #held = new Map<string, RoleCredentials>();
  readonly #fetches = new SingleFlight<RoleCredentials>();

  constructor(
    private readonly clock: Clock,
    private readonly fetch: FetchRoleCredentials,
  ) {}

  async get(role: RoleRef): Promise<RoleCredentials> {
    const key = keyOf(role);
    const held = this.#held.get(key);
    if (held && held.expiration - this.clock.now() > credentialsReuseMarginMs) return held;
    return this.#fetches.run(key, async () => {
      const fresh = await this.fetch(role);
      this.#held.set(key, fresh);
      return fresh;
    });
  }

  /** Sign-out or removal: nothing of the instance may outlive its session. */
  forgetInstance(instanceId: string): void {
    for (const key of [...this.#held.keys()]) if (key.startsWith(`${instanceId}\n`)) this.#held.delete(key);
  }

  forget(role: RoleRef): void {
    this.#held.delete(keyOf(role));
  }
}

function keyOf(role: RoleRef): string {
  return `${role.instanceId}\n${role.accountId}\n${role.roleName}`;
}
