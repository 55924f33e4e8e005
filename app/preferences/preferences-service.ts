// The user's marks on the portal list: favourite roles, the last roles used, and per account an
// alias, a colour and a default region. They live in settings (`preferences`), not in the portal
// cache, so they survive restarts and refreshes of the list. Every change is applied to the newest
// settings through LiveSettings.update (saves are serialised, so two changes at once both land)
// and checked there against the newest instance list. onDidChange fires once the file is written.
import { Emitter } from '../events/emitter';
import { AppError } from '../ipc/result';
import { quoteText } from '../model/display-text';
import type { Instance } from '../model/instance';
import { RoleKeySchema } from '../model/preferences-schema';
import {
  accountKey,
  cleanAccountPreferences,
  emptyPreferences,
  maxFavourites,
  maxRecentRoles,
  sameRole,
  type AccountPreferences,
  type Preferences,
  type RoleKey,
} from '../model/preferences';
import { partitionLabel, regionsOfPartition } from '../model/regions';
import type { Clock } from '../ports/clock';
import type { LiveSettings } from '../settings/live-settings';

/** A change to the preferences; returning `preferences` itself means nothing changed. */
type PreferencesChange = (preferences: Preferences, instances: readonly Instance[]) => Preferences;

export class PreferencesService {
  readonly #changed = new Emitter<Preferences>();
  /** Fires with the new preferences after each change is saved (whoever changed the settings). */
  readonly onDidChange = this.#changed.event;
  readonly #stop: () => void;

  constructor(
    private readonly settings: LiveSettings,
    private readonly clock: Clock,
  ) {
    // Fired inside LiveSettings' queue, so listeners see the changes in the order they were saved.
    let last = settings.current.preferences;
    this.#stop = settings.onDidChange((next) => {
      if (next.preferences === last) return;
      last = next.preferences;
      this.#changed.fire(next.preferences ?? emptyPreferences());
    });
  }

  get(): Preferences {
    return this.settings.current.preferences ?? emptyPreferences();
  }

  /** Pins (appended to the end) or unpins an account/role pair; pinning twice keeps one entry. */
  async setFavourite(role: RoleKey, favourite: boolean): Promise<void> {
    const key = roleKeyOf(role);
    await this.#change((preferences, instances) => {
      const pinned = preferences.favourites.some((candidate) => sameRole(candidate, key));
      if (pinned === favourite) return preferences;
      if (!favourite) return { ...preferences, favourites: preferences.favourites.filter((candidate) => !sameRole(candidate, key)) };
      instanceIn(instances, key.instanceId);
      if (preferences.favourites.length >= maxFavourites) {
        throw new AppError('invalid-input', `You can have at most ${maxFavourites} favourite roles. Remove one from your favourites before adding another.`);
      }
      return { ...preferences, favourites: [...preferences.favourites, key] };
    });
  }

  /**
   * Replaces the account's alias, colour and default region: a field left out is cleared, and an
   * empty object removes the entry. The alias is cleaned like a display name and cut to length;
   * the default region must be one of the instance's partition.
   */
  async setAccount(instanceId: string, accountId: string, preferences: AccountPreferences): Promise<void> {
    const cleaned = cleanAccountPreferences(preferences);
    const key = accountKey(instanceId, accountId);
    await this.#change((current, instances) => {
      const existing = Object.hasOwn(current.accounts, key) ? current.accounts[key] : undefined;
      if (Object.keys(cleaned).length === 0) {
        if (!existing) return current;
        const { [key]: _removed, ...accounts } = current.accounts;
        return { ...current, accounts };
      }
      const instance = instanceIn(instances, instanceId);
      const region = cleaned.defaultRegion;
      if (region !== undefined && !regionsOfPartition(instance.partition).includes(region)) {
        throw new AppError(
          'invalid-input',
          `"${quoteText(region, 40)}" is not a region of ${partitionLabel(instance.partition)}, where ${instance.displayName} is. Choose one of its regions as the default.`,
        );
      }
      if (existing && sameAccountPreferences(existing, cleaned)) return current;
      return { ...current, accounts: { ...current.accounts, [key]: cleaned } };
    });
  }

  /**
   * Puts the role at the front of the recent list, stamped now; the list keeps the newest
   * maxRecentRoles. A role of an instance no longer in the list is not recorded.
   */
  async recordUse(role: RoleKey): Promise<void> {
    const key = roleKeyOf(role);
    const usedAt = this.clock.now();
    await this.#change((preferences, instances) => {
      if (!instances.some((instance) => instance.id === key.instanceId)) return preferences;
      const others = preferences.recent.filter((candidate) => !sameRole(candidate, key));
      return { ...preferences, recent: [{ ...key, usedAt }, ...others].slice(0, maxRecentRoles) };
    });
  }

  /** Removes every favourite, recent entry and account preference of these instances. */
  async forgetInstances(instanceIds: ReadonlySet<string>): Promise<void> {
    await this.#change((preferences) => {
      const kept = (role: RoleKey) => !instanceIds.has(role.instanceId);
      const accounts = Object.entries(preferences.accounts).filter(([key]) => !instanceIds.has(key.slice(0, key.indexOf('/'))));
      const favourites = preferences.favourites.filter(kept);
      const recent = preferences.recent.filter(kept);
      const unchanged = favourites.length === preferences.favourites.length && recent.length === preferences.recent.length && accounts.length === Object.keys(preferences.accounts).length;
      return unchanged ? preferences : { favourites, recent, accounts: Object.fromEntries(accounts) };
    });
  }

  dispose(): void {
    this.#stop();
    this.#changed.clear();
  }

  async #change(change: PreferencesChange): Promise<void> {
    await this.settings.update((current) => {
      const before = current.preferences ?? emptyPreferences();
      const after = change(before, current.instances);
      // Nothing changed: the same settings object (saved again, but no event fires).
      return after === before ? current : { ...current, preferences: after };
    });
  }
}

/** The three fields alone (a contract input carries `favourite` too), checked: main calls recordUse directly. */
function roleKeyOf(role: RoleKey): RoleKey {
  const parsed = RoleKeySchema.safeParse(role);
  if (!parsed.success) throw new AppError('invalid-input', 'This is not an account and role of the portal list.');
  const { instanceId, accountId, roleName } = parsed.data;
  return { instanceId, accountId, roleName };
}

function instanceIn(instances: readonly Instance[], instanceId: string): Instance {
  const instance = instances.find((candidate) => candidate.id === instanceId);
  if (!instance) throw new AppError('not-found', 'This IAM Identity Center instance is no longer in the list.');
  return instance;
}

function sameAccountPreferences(a: AccountPreferences, b: AccountPreferences): boolean {
  return a.alias === b.alias && a.colour === b.colour && a.defaultRegion === b.defaultRegion;
}
