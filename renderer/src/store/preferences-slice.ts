// The user's marks on the portal list (favourite roles, per account an alias, a colour and a
// default region), kept by main in settings. `preferences:get` fills the page; every change comes
// back whole as `preferences-changed`, which is the source of truth. A favourite shows at once
// (optimistic) and is put back from main's answer when the change was refused.
import type { AccountPreferences, Preferences, RoleKey } from '../../../app/model/preferences';
import { accountKey } from '../../../app/model/preferences';
import type { ErrorCode } from '../../../app/ipc/result';
import { actionKey } from './action-status';
import type { EventSlice, SliceContext } from './slice';

export type PreferencesState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly value: Preferences }
  | { readonly status: 'failed'; readonly code: ErrorCode; readonly message: string };

export interface PreferencesSlice {
  readonly preferences: PreferencesState;
  loadPreferences(): Promise<void>;
  /** Pins or unpins a role; the star changes at once. */
  setFavourite(role: RoleKey, favourite: boolean): Promise<void>;
  /** Sets an account's alias, colour and default region (an absent field clears it); true when saved. */
  setAccountPreferences(instanceId: string, accountId: string, preferences: AccountPreferences): Promise<boolean>;
}

export function roleKeyId(role: RoleKey): string {
  return `${role.instanceId}/${role.accountId}/${role.roleName}`;
}

export function favouriteKey(role: RoleKey): string {
  return actionKey('preferences:set-favourite', `favourite:${roleKeyId(role)}`);
}

export function accountPreferencesKey(instanceId: string, accountId: string): string {
  return actionKey('preferences:set-account', `account:${accountKey(instanceId, accountId)}`);
}

const sameRole = (a: RoleKey, b: RoleKey) => a.instanceId === b.instanceId && a.accountId === b.accountId && a.roleName === b.roleName;

/** The favourites with `role` added (at the end) or taken out. */
export function withFavourite(favourites: readonly RoleKey[], role: RoleKey, favourite: boolean): RoleKey[] {
  const rest = favourites.filter((candidate) => !sameRole(candidate, role));
  return favourite ? [...rest, { instanceId: role.instanceId, accountId: role.accountId, roleName: role.roleName }] : rest;
}

export function createPreferencesSlice({ desktop, set, get, run }: SliceContext): EventSlice<PreferencesSlice> {
  let eventCount = 0;

  const state: PreferencesSlice = {
    preferences: { status: 'loading' },
    async loadPreferences() {
      const seen = eventCount;
      if (get().preferences.status === 'failed') set({ preferences: { status: 'loading' } });
      const result = await desktop.request('preferences:get');
      if (eventCount !== seen) return;
      set({ preferences: result.ok ? { status: 'loaded', value: result.value } : { status: 'failed', code: result.code, message: result.message } });
    },
    async setFavourite(role, favourite) {
      const current = get().preferences;
      if (current.status === 'loaded') {
        set({ preferences: { status: 'loaded', value: { ...current.value, favourites: withFavourite(current.value.favourites, role, favourite) } } });
      }
      const seen = eventCount;
      const result = await run(favouriteKey(role), () =>
        desktop.request('preferences:set-favourite', { instanceId: role.instanceId, accountId: role.accountId, roleName: role.roleName, favourite }),
      );
      // Refused: main's copy is the truth (unless an event already brought it).
      if (result && !result.ok && eventCount === seen) await state.loadPreferences();
    },
    async setAccountPreferences(instanceId, accountId, preferences) {
      const result = await run(accountPreferencesKey(instanceId, accountId), () =>
        desktop.request('preferences:set-account', { instanceId, accountId, preferences }),
      );
      return result?.ok ?? false;
    },
  };

  return {
    state,
    listen: () =>
      desktop.subscribe('preferences-changed', (value) => {
        eventCount += 1;
        set({ preferences: { status: 'loaded', value } });
      }),
  };
}
