// The ways credentials are handed to a terminal or a tool: one per shell syntax, a .env file and
// the credential_process JSON (Version 1). Shared by the access-keys dialog, the quick-copy
// setting, the tray and the CLI's `--format`. Pure data, no zod: the renderer imports it (the
// schema is in export-format-schema.ts).

export const exportFormats = ['bash', 'zsh', 'fish', 'powershell', 'cmd', 'dotenv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What the user sees for each format (tabs, menus, the settings screen). */
export const exportFormatLabels: Readonly<Record<ExportFormat, string>> = {
  bash: 'bash',
  zsh: 'zsh',
  fish: 'fish',
  powershell: 'PowerShell',
  cmd: 'Windows cmd',
  dotenv: '.env file',
  json: 'credential_process JSON',
};
