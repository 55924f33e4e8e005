// The "active role per profile" the tray switches: a named profile in ~/.aws/credentials that the
// app keeps filled with a role's credentials while it runs, rewriting it before they expire. It
// renews when the credentials come within the role-credentials cache's reuse margin, so the cache
// hands out fresh ones at that moment (never the same ones again). A failed renewal (signed out,
// the network down) is reported and retried each minute; the file keeps the last credentials.
import type { RoleCredentials } from '../aws/portal-client';
import type { RoleKey } from '../model/preferences';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import { credentialsReuseMarginMs } from '../portal/role-credentials';

export interface ActiveProfileKeeperDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly credentials: (role: RoleKey) => Promise<RoleCredentials>;
  /** Writes the profile (or removes it, with `undefined`). */
  readonly write: (profile: string, credentials: RoleCredentials | undefined) => Promise<void>;
  /** A renewal failed (for the "profile renewal failed" notification). */
  readonly onRenewalFailed?: (profile: string, role: RoleKey, error: unknown) => void;
  /** The profile holds fresh credentials again (written by set or a renewal): a failure episode ends. */
  readonly onRenewed?: (profile: string, role: RoleKey) => void;
}

export interface ActiveProfile {
  readonly profile: string;
  readonly role: RoleKey;
  /** When the credentials in the file expire (epoch ms), once written. */
  readonly expiresAt?: number;
}

export const retryAfterFailureMs = 60_000;
/** Never renew more often than this, even if a role's credentials live shorter than the margin. */
const minimumWaitMs = 30_000;

export class ActiveProfileKeeper {
  readonly #active = new Map<string, { role: RoleKey; expiresAt?: number; stop: AbortController }>();

  constructor(private readonly deps: ActiveProfileKeeperDeps) {}

  /** Fills `profile` with the role's credentials now and keeps it fresh; rejects when the first write fails. */
  async set(profile: string, role: RoleKey): Promise<void> {
    this.#stop(profile);
    const credentials = await this.deps.credentials(role);
    await this.deps.write(profile, credentials);
    const entry = { role, expiresAt: credentials.expiration, stop: new AbortController() };
    this.#active.set(profile, entry);
    this.deps.onRenewed?.(profile, role);
    void this.#keep(profile, entry);
  }

  /** Stops renewing `profile` and removes it from the file. */
  async clear(profile: string): Promise<void> {
    this.#stop(profile);
    await this.deps.write(profile, undefined);
  }

  /** Picks up the profiles kept before a restart, without failing the start when one cannot be renewed. */
  resume(profiles: Readonly<Record<string, RoleKey>>): void {
    for (const [profile, role] of Object.entries(profiles)) {
      const entry = { role, stop: new AbortController() };
      this.#active.set(profile, entry);
      void this.#keep(profile, entry, 0);
    }
  }

  list(): ActiveProfile[] {
    return [...this.#active].map(([profile, entry]) => ({ profile, role: entry.role, ...(entry.expiresAt === undefined ? {} : { expiresAt: entry.expiresAt }) }));
  }

  dispose(): void {
    for (const profile of [...this.#active.keys()]) this.#stop(profile);
  }

  #stop(profile: string): void {
    this.#active.get(profile)?.stop.abort();
    this.#active.delete(profile);
  }

  async #keep(profile: string, entry: { role: RoleKey; expiresAt?: number; stop: AbortController }, firstWait?: number): Promise<void> {
    const { clock } = this.deps;
    let wait = firstWait ?? this.#untilRenewal(entry.expiresAt);
    while (!entry.stop.signal.aborted) {
      try {
        await clock.sleep(wait, entry.stop.signal);
      } catch {
        return; // stopped
      }
      try {
        const credentials = await this.deps.credentials(entry.role);
        if (entry.stop.signal.aborted) return;
        await this.deps.write(profile, credentials);
        entry.expiresAt = credentials.expiration;
        this.deps.onRenewed?.(profile, entry.role);
        wait = this.#untilRenewal(credentials.expiration);
      } catch (error) {
        if (entry.stop.signal.aborted) return;
        this.deps.logger.warn('Could not renew the credentials profile', { profile, error });
        this.deps.onRenewalFailed?.(profile, entry.role, error);
        wait = retryAfterFailureMs;
      }
    }
  }

  #untilRenewal(expiresAt: number | undefined): number {
    if (expiresAt === undefined) return 0;
    return Math.max(minimumWaitMs, expiresAt - credentialsReuseMarginMs - this.deps.clock.now());
  }
}
