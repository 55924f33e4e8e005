// The app's own settings (the settings screen): how consoles open, the shell for quick copy, the
// profiles the config sync writes, the token cache, the desktop shell's switches, notifications and
// the theme. Nothing secret. Kept in settings.json under `appSettings`; every field has a default,
// and a field read back from the file that does not fit falls back to its default alone (a
// hand-edited or newer file costs only that field). The page imports its types only (its values
// would bring zod into the page's start); the session limits it checks are in console-session-limits.ts.
import { z } from 'zod';
import { maxConsoleSessionSeconds, minConsoleSessionSeconds } from './console-session-limits';
import { ExportFormatSchema } from './export-format-schema';
import { RoleKeySchema } from './preferences-schema';

export const ConsoleSessionSecondsSchema = z.number().int().min(minConsoleSessionSeconds).max(maxConsoleSessionSeconds);

/**
 * Where a setting applies, most specific first when read: `<instanceId>/<accountId>/<roleName>`,
 * `<instanceId>/<accountId>` or `<instanceId>`.
 */
export const SettingScopeSchema = z.string().min(1).max(200).regex(/^[A-Za-z0-9-]{1,64}(?:\/\d{12}(?:\/[\w+=,.@-]{1,64})?)?$/);

export const ConsoleOpenInSchema = z.enum(['app-window', 'browser', 'portal-link']);
export type ConsoleOpenIn = z.infer<typeof ConsoleOpenInSchema>;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export const ProfileStyleSchema = z.enum(['sso-session', 'credential-process']);
/** A profile in ~/.aws/credentials that both AWS readers take as it is (no prefix, no quotes). */
export const CredentialsProfileNameSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,128}$/);

/** A window's place on screen, in Electron's DIP coordinates; main checks it against the displays. */
export const WindowBoundsSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

export const AppSettingsSchema = z.object({
  console: z.object({
    openIn: ConsoleOpenInSchema.default('app-window'),
    /** With openIn 'browser': the console's logout URL first, so the new role replaces the old one. */
    logOutFirst: z.boolean().default(false),
    /** Seconds per scope (see SettingScopeSchema); the role credentials' own life caps it. */
    sessionSeconds: z.record(SettingScopeSchema, ConsoleSessionSecondsSchema).default({}),
    /** Region per instance or role scope; an account's region is its preference (preferences.ts). */
    regions: z.record(SettingScopeSchema, z.string().min(1).max(32)).default({}),
  }).prefault({}),
  credentials: z.object({
    /** The format the quick copy (tray, quick switcher, the list's key) uses. */
    quickCopyFormat: ExportFormatSchema.default('bash'),
  }).prefault({}),
  profiles: z.object({
    nameTemplate: z.string().min(1).max(200).default('{account_name}.{role_name}'),
    style: ProfileStyleSchema.default('sso-session'),
    /** Re-run the config sync after each refresh of the list. */
    syncAutomatically: z.boolean().default(false),
    /**
     * Credentials-file profiles the app keeps filled with a role while it runs (the tray's active
     * role per profile). Changed through profiles:set-active only, never by settings:update.
     */
    active: z.record(CredentialsProfileNameSchema, RoleKeySchema).default({}),
  }).prefault({}),
  /** Per instance: write the AWS CLI's token cache (off by default: it puts a token on disk). */
  tokenCache: z.record(z.string().min(1).max(64), z.boolean()).default({}),
  signIn: z.object({
    /** Device code: open the verification page by itself, as the AWS CLI does. */
    openDevicePage: z.boolean().default(true),
  }).prefault({}),
  shell: z.object({
    launchAtLogin: z.boolean().default(false),
    globalShortcut: z.string().min(1).max(100).default('CommandOrControl+Shift+A'),
    /** macOS: a Dock icon only while a window is open unless this is on. */
    alwaysShowDockIcon: z.boolean().default(false),
    theme: ThemeSchema.default('system'),
  }).prefault({}),
  notifications: z.object({
    expiringSoon: z.boolean().default(true),
    expired: z.boolean().default(true),
    signInFinished: z.boolean().default(true),
    accountsChanged: z.boolean().default(true),
    profileRenewalFailed: z.boolean().default(true),
  }).prefault({}),
  /** Where windows were when last closed (not a choice on the settings screen; kept with them). */
  windows: z.object({
    portal: WindowBoundsSchema.nullable().default(null),
  }).prefault({}),
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

/** A change from the settings screen: whole groups, each merged over the current one. */
export const AppSettingsPatchSchema = z.object({
  console: AppSettingsSchema.shape.console.unwrap().partial().optional(),
  credentials: AppSettingsSchema.shape.credentials.unwrap().partial().optional(),
  profiles: AppSettingsSchema.shape.profiles.unwrap().omit({ active: true }).partial().optional(),
  tokenCache: z.record(z.string().min(1).max(64), z.boolean()).optional(),
  signIn: AppSettingsSchema.shape.signIn.unwrap().partial().optional(),
  shell: AppSettingsSchema.shape.shell.unwrap().partial().optional(),
  notifications: AppSettingsSchema.shape.notifications.unwrap().partial().optional(),
  windows: AppSettingsSchema.shape.windows.unwrap().partial().optional(),
});
export type AppSettingsPatch = z.infer<typeof AppSettingsPatchSchema>;

export function defaultAppSettings(): AppSettings {
  return AppSettingsSchema.parse({});
}

/**
 * Settings as read back from the file: group by group and field by field, anything that does not
 * fit is its default (the file is not trusted; a newer app may have written other values).
 */
export function readStoredAppSettings(value: unknown): AppSettings {
  const defaults = defaultAppSettings();
  if (!isRecord(value)) return defaults;
  const result: Record<string, unknown> = {};
  for (const [group, fallback] of Object.entries(defaults) as [keyof AppSettings, unknown][]) {
    const stored = value[group];
    const schema = AppSettingsSchema.shape[group];
    const whole = schema.safeParse(stored);
    if (whole.success) {
      result[group] = whole.data;
      continue;
    }
    if (!isRecord(stored) || !isRecord(fallback)) {
      result[group] = fallback;
      continue;
    }
    // Field by field: keep what fits, default the rest.
    const merged: Record<string, unknown> = { ...fallback };
    for (const key of Object.keys(fallback)) {
      const candidate = schema.safeParse({ ...fallback, [key]: stored[key] });
      if (candidate.success) merged[key] = (candidate.data as Record<string, unknown>)[key];
    }
    result[group] = merged;
  }
  return AppSettingsSchema.parse(result);
}

/** The patch applied over the settings; the result is checked whole. */
export function applyAppSettingsPatch(current: AppSettings, patch: AppSettingsPatch): AppSettings {
  return AppSettingsSchema.parse({
    console: { ...current.console, ...patch.console },
    credentials: { ...current.credentials, ...patch.credentials },
    profiles: { ...current.profiles, ...patch.profiles },
    tokenCache: patch.tokenCache ? { ...current.tokenCache, ...patch.tokenCache } : current.tokenCache,
    signIn: { ...current.signIn, ...patch.signIn },
    shell: { ...current.shell, ...patch.shell },
    notifications: { ...current.notifications, ...patch.notifications },
    windows: { ...current.windows, ...patch.windows },
  });
}

/** The value for the most specific scope that has one: role, then account, then instance. */
export function scopedValue<T>(values: Readonly<Record<string, T>>, role: { instanceId: string; accountId: string; roleName: string }): T | undefined {
  for (const scope of [`${role.instanceId}/${role.accountId}/${role.roleName}`, `${role.instanceId}/${role.accountId}`, role.instanceId]) {
    if (Object.hasOwn(values, scope)) return values[scope];
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
