// `credential-process --profile NAME`: the role a profile of ~/.aws/config names, in keys of our
// own beside credential_process: sso_tray_account_id, sso_tray_role_name, sso_tray_start_url.
// Not the sso_* keys: the AWS CLI's resolver tries SSO before credential_process and would take
// the profile over (or reject it for a missing sso_region). Other tools ignore unknown keys.
// A small reader of the keys it needs, not an editor: app/aws-files owns writing the file.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../ipc/result';
import type { RoleTarget } from './cli-backend';

/** The keys a generated credential_process profile names its role with. */
export const profileKeys = { accountId: 'sso_tray_account_id', roleName: 'sso_tray_role_name', startUrl: 'sso_tray_start_url' } as const;

export function awsConfigPath(env: NodeJS.ProcessEnv): string {
  return env.AWS_CONFIG_FILE?.trim() || join(env.HOME ?? homedir(), '.aws', 'config');
}

/** Sections of an INI text by their header (`profile dev`, `sso-session x`, `default`): key → value. */
export function readIniSections(textOfFile: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const raw of textOfFile.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (header?.[1]) {
      current = new Map();
      sections.set(header[1].replace(/\s+/g, ' '), current);
      continue;
    }
    const pair = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
    // Indented lines continue a nested value (s3 = ...); the keys read here are never nested.
    if (pair?.[1] && current && !/^\s/.test(raw)) current.set(pair[1].toLowerCase(), pair[2] ?? '');
  }
  return sections;
}

export async function readProfileTarget(profile: string, env: NodeJS.ProcessEnv): Promise<RoleTarget> {
  const path = awsConfigPath(env);
  const content = await readFile(path, 'utf8').catch(() => {
    throw new AppError('not-found', `Could not read ${path}; write the profiles with: sso-tray config sync`);
  });
  const sections = readIniSections(content);
  const section = sections.get(profile === 'default' ? 'default' : `profile ${profile}`) ?? (profile === 'default' ? sections.get('profile default') : undefined);
  if (!section) throw new AppError('not-found', `No profile "${profile}" in ${path}.`);
  const account = section.get(profileKeys.accountId);
  const role = section.get(profileKeys.roleName);
  if (!account || !role) throw new AppError('invalid-input', `Profile "${profile}" in ${path} has no ${profileKeys.accountId} and ${profileKeys.roleName}; write it with: sso-tray config sync`);
  return { account, role, instance: section.get(profileKeys.startUrl) };
}
