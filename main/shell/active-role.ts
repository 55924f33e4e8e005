// The tray's "Active:" line: the role kept in the profile the quick "Make active" fills (the SDK's
// `default`, or the one profile the user keeps; app/model/quick-active-profile.ts), named as the
// menu names roles, with the expiry of the credentials now in the file. Nothing while that profile
// holds no role, or before its first write after a restart (no expiry to show yet).
import type { AppSettings } from '../../app/model/app-settings';
import type { ActiveProfile } from '../../app/aws-files/active-profile-keeper';
import type { Preferences } from '../../app/model/preferences';
import { quickActiveProfile } from '../../app/model/quick-active-profile';
import { roleChoice, type AccountsByInstance } from '../../app/model/role-choices';
import type { ActiveRole } from '../tray/tray-menu';

export function trayActiveRole(kept: readonly ActiveProfile[], settings: AppSettings, accounts: AccountsByInstance, preferences: Preferences): ActiveRole | undefined {
  const profile = quickActiveProfile(settings.profiles.active);
  const entry = kept.find((candidate) => candidate.profile === profile);
  if (entry?.expiresAt === undefined) return undefined;
  return { choice: roleChoice(entry.role, accounts, preferences), expiresAt: entry.expiresAt };
}
