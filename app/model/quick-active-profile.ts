// Which credentials-file profile the quick "Make active" (tray, quick switcher) fills. The AWS
// SDKs and CLI read `default` when no AWS_PROFILE or --profile is given, so by default a role made
// active is the one every tool on the machine uses. A user who set up one other kept profile
// (profiles:set-active from the settings screen, saved in profiles.active) switches that one
// instead: that is the profile they pointed their tools at. With several kept profiles and no
// `default` among them the rule cannot guess which one they mean, so it stays with `default`.
import type { RoleKey } from './preferences';

export const defaultCredentialsProfile = 'default';

export function quickActiveProfile(active: Readonly<Record<string, RoleKey>>): string {
  const kept = Object.keys(active);
  if (kept.length === 1 && kept[0] !== undefined) return kept[0];
  return defaultCredentialsProfile;
}
