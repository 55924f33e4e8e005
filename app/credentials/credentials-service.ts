// Copy and preview of role credentials, for the page (the access-keys dialog, the list's quick-copy
// key) and main's own features (tray, quick switcher). The secret goes from the portal straight to
// the clipboard port; what comes back is the expiry, or a preview with the key id masked.
import type { RoleCredentials } from '../aws/portal-client';
import type { CopyFormat, CredentialsPreview } from '../ipc/contract/credentials';
import { scopedValue, type AppSettings } from '../model/app-settings';
import { accountKey, type Preferences, type RoleKey } from '../model/preferences';
import type { Clipboard } from '../ports/clipboard';
import type { Logger } from '../ports/logger';
import { credentialsFileProfileName, formatCredentialsFileSnippet } from './credentials-file-snippet';
import { formatCredentials } from './export-formats';
import { AppError } from '../ipc/result';

export interface CredentialsServiceNeeds {
  readonly roleCredentials: (role: RoleKey) => Promise<RoleCredentials>;
  readonly clipboard: Clipboard;
  readonly recordUse: (role: RoleKey) => Promise<void>;
  readonly appSettings: () => AppSettings;
  readonly preferences: () => Preferences;
  readonly logger: Logger;
  /** The role's `credential_process = …` line; absent (or undefined) when the host knows no helper command. */
  readonly credentialProcessLine?: ((role: RoleKey) => string | undefined) | undefined;
}

/** `ASIA…XYZ1`: enough to tell two keys apart, too little to use. */
export function maskAccessKeyId(accessKeyId: string): string {
  return accessKeyId.length > 8 ? `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}` : '…';
}

/**
 * The role's default region: one set for the role itself, else the account's default region
 * (preferences), else the instance's; undefined leaves the region variables out.
 */
export function roleRegion(role: RoleKey, settings: AppSettings, preferences: Preferences): string | undefined {
  const regions = settings.console.regions;
  const ownScope = `${role.instanceId}/${role.accountId}/${role.roleName}`;
  if (Object.hasOwn(regions, ownScope)) return regions[ownScope];
  const account = accountKey(role.instanceId, role.accountId);
  const accountRegion = Object.hasOwn(preferences.accounts, account) ? preferences.accounts[account]?.defaultRegion : undefined;
  return accountRegion ?? scopedValue(regions, role);
}

export class CredentialsService {
  constructor(private readonly needs: CredentialsServiceNeeds) {}

  /** Formats the role's credentials onto the clipboard (the quick-copy format when none is given). */
  async copy(role: RoleKey, format?: CopyFormat): Promise<{ expiresAt: number }> {
    const chosen = format ?? this.needs.appSettings().credentials.quickCopyFormat;
    const credentials = await this.needs.roleCredentials(role);
    const text =
      chosen === 'credentials-file'
        ? formatCredentialsFileSnippet(credentials, credentialsFileProfileName(role))
        : formatCredentials(credentials, chosen, { region: this.#region(role) });
    await this.needs.clipboard.writeText(text);
    // The copy happened; a failure to note it in the recent list must not turn it into an error.
    await this.needs.recordUse(role).catch((error: unknown) => this.needs.logger.warn('Could not record the role as recently used', { error }));
    return { expiresAt: credentials.expiration };
  }

  async preview(role: RoleKey): Promise<CredentialsPreview> {
    const credentials = await this.needs.roleCredentials(role);
    const region = this.#region(role);
    const line = this.needs.credentialProcessLine?.(role);
    return {
      maskedAccessKeyId: maskAccessKeyId(credentials.accessKeyId),
      expiresAt: credentials.expiration,
      ...(region ? { region } : {}),
      profileName: credentialsFileProfileName(role),
      ...(line ? { credentialProcessLine: line } : {}),
    };
  }

  /** Puts the role's `credential_process` line on the clipboard (through main, like every copy); nothing secret is fetched. */
  async copyCredentialProcessLine(role: RoleKey): Promise<void> {
    const line = this.needs.credentialProcessLine?.(role);
    if (!line) throw new AppError('not-found', 'This app cannot start its credential_process helper here, so there is no line to copy.');
    await this.needs.clipboard.writeText(line);
  }

  #region(role: RoleKey): string | undefined {
    return roleRegion(role, this.needs.appSettings(), this.needs.preferences());
  }
}
