// The config sync's plan: from the instances, their portal lists, the user's aliases and default
// regions and the profile settings, the new ~/.aws/config text and a diff of it. Pure: the writer
// (aws-file-writer.ts) applies the plan under the lock. Only sections carrying the app's marker are
// replaced or pruned; a role whose account's roles are not known yet keeps its section as it is.
import { quoteCommandLine } from '../cli/credential-process-command';
import type { Instance } from '../model/instance';
import type { PortalAccount } from '../model/portal';
import { accountKey, type AccountPreferences, type RoleKey } from '../model/preferences';
import { ssoSessionName } from '../model/sso-session-name';
import type { AppSettings } from '../model/app-settings';
import { applyEdits, headerText, parseIni, renderSection, sectionKey, serialise, type IniDocument, type IniLine, type SectionName } from './ini/ini-document';
import { profileName, resolveCollisions, templateProblem } from './profile-names';
import { unifiedDiff } from './unified-diff';
import { ownedSectionEdits } from './ini/ini-document';

export interface SyncInstance {
  readonly instance: Instance;
  /** The portal list; undefined when it was never loaded (the instance's sections stay as they are). */
  readonly accounts: readonly PortalAccount[] | undefined;
}

export interface ConfigSyncInput {
  /** The file's text, or undefined when there is none yet. */
  readonly existing: string | undefined;
  /** Shown in the diff's header. */
  readonly path: string;
  readonly instances: readonly SyncInstance[];
  /** Per `<instanceId>/<accountId>`: the alias and default region. */
  readonly accountPreferences: Readonly<Record<string, AccountPreferences>>;
  readonly style: AppSettings['profiles']['style'];
  readonly template: string;
  /** Only these pairs; absent means every role of every listed account. */
  readonly roles?: readonly RoleKey[] | undefined;
  /** The helper's absolute argv for the credential-process style (the host passes it). */
  readonly credentialProcessCommand?: readonly string[] | undefined;
  readonly platform?: NodeJS.Platform | undefined;
}

export interface PlannedProfile {
  readonly name: string;
  readonly role: RoleKey;
}

export type ConfigSyncPlan =
  | { readonly ok: true; readonly text: string; readonly diff: string; readonly changed: boolean; readonly profiles: readonly PlannedProfile[] }
  | { readonly ok: false; readonly reason: 'unreadable-file' | 'invalid-template' | 'name-taken' | 'unsafe-value'; readonly message: string; readonly line?: number };

type Keys = readonly (readonly [string, string])[];

export function planConfigSync(input: ConfigSyncInput): ConfigSyncPlan {
  const problem = templateProblem(input.template);
  if (problem) return { ok: false, reason: 'invalid-template', message: problem };
  const parsed = parseIni(input.existing ?? '', 'config');
  if (!parsed.ok) return { ok: false, reason: 'unreadable-file', message: `${input.path} line ${parsed.problem.line}: ${parsed.problem.message}`, line: parsed.problem.line };
  const document = parsed.document;
  const kept = keptSections(document, input.instances);

  // Names the user's own sections (and kept ones) hold are not the app's to take.
  const taken = new Set(['default', ...document.sections.filter((section) => !section.owned || kept.has(sectionKey(section.name))).filter((section) => section.name.kind === 'profile').map((section) => section.name.name)]);
  const wanted = wantedRoles(input).filter((role) => !kept.has(`role:${role.instance.id}/${role.account.accountId}`));
  const names = resolveCollisions(wanted.map((role) => profileName(input.template, templateFieldsOf(role, input.accountPreferences))), taken);

  const sections = new Map<string, { readonly name: SectionName; readonly keys: Keys }>();
  const profiles: PlannedProfile[] = [];
  for (const [index, role] of wanted.entries()) {
    const name = names[index] ?? '';
    const region = input.accountPreferences[accountKey(role.instance.id, role.account.accountId)]?.defaultRegion ?? role.instance.region;
    let keys: Keys;
    if (input.style === 'sso-session') {
      const session = ssoSessionName(role.instance);
      sections.set(`sso-session:${session}`, { name: { kind: 'sso-session', name: session }, keys: [['sso_start_url', role.instance.startUrl], ['sso_region', role.instance.region], ['sso_registration_scopes', 'sso:account:access']] });
      keys = [['sso_session', session], ['sso_account_id', role.account.accountId], ['sso_role_name', role.roleName], ['region', region]];
    } else {
      if (!input.credentialProcessCommand?.length) return { ok: false, reason: 'unsafe-value', message: 'the credential_process style needs the helper command' };
      const argv = [...input.credentialProcessCommand, '--instance', role.instance.startUrl, '--account', role.account.accountId, '--role', role.roleName];
      keys = [['credential_process', quoteCommandLine(argv, input.platform)], ['region', region]];
    }
    sections.set(`profile:${name}`, { name: { kind: 'profile', name }, keys });
    profiles.push({ name, role: { instanceId: role.instance.id, accountId: role.account.accountId, roleName: role.roleName } });
  }

  for (const section of sections.values()) {
    const unsafe = section.keys.find(([, value]) => !safeValue(value));
    if (unsafe) return { ok: false, reason: 'unsafe-value', message: `${unsafe[0]} for [${headerText(section.name)}] would not read the same in the AWS CLI and the JS SDK (a line break, or " #" / " ;" that the JS SDK cuts as a comment)` };
    const clash = document.sections.find((existing) => !existing.owned && sectionKey(existing.name) === sectionKey(section.name));
    if (clash) return { ok: false, reason: 'name-taken', message: `${input.path} line ${clash.start + 1}: [${headerText(section.name)}] is your own section; the app needs this name for its sign-in (rename yours)`, line: clash.start + 1 };
  }

  const replacements = new Map<string, IniLine[]>();
  const added: IniLine[] = [];
  const present = new Set(document.sections.filter((section) => section.owned).map((section) => sectionKey(section.name)));
  for (const key of kept) if (present.has(key)) replacements.set(key, linesOf(document, key));
  for (const [key, section] of sections) {
    const lines = renderSection(headerText(section.name), section.keys, document.newline);
    if (present.has(key)) replacements.set(key, lines);
    else added.push(...lines);
  }
  const edits = ownedSectionEdits(document, replacements, added);
  const text = serialise(applyEdits(document.lines, edits));
  return { ok: true, text, diff: unifiedDiff(input.path, document.lines, edits), changed: text !== (input.existing ?? ''), profiles };
}

interface WantedRole {
  readonly instance: Instance;
  readonly account: PortalAccount;
  readonly roleName: string;
}

/** Every (or every chosen) role of the listed accounts, sorted so names resolve the same way each time. */
function wantedRoles(input: ConfigSyncInput): WantedRole[] {
  const chosen = input.roles ? new Set(input.roles.map((role) => `${role.instanceId}/${role.accountId}/${role.roleName}`)) : undefined;
  const roles: WantedRole[] = [];
  for (const { instance, accounts } of input.instances) {
    for (const account of accounts ?? []) {
      for (const roleName of knownRoles(account) ?? []) {
        if (!chosen || chosen.has(`${instance.id}/${account.accountId}/${roleName}`)) roles.push({ instance, account, roleName });
      }
    }
  }
  const order = (role: WantedRole) => [role.instance.startUrl, role.account.accountId, role.roleName];
  return roles.sort((a, b) => compareTuples(order(a), order(b)));
}

function knownRoles(account: PortalAccount): readonly string[] | undefined {
  if (account.roles.status === 'loaded') return account.roles.names;
  if (account.roles.status === 'failed') return account.roles.names;
  return undefined;
}

/**
 * The owned sections to keep as they are: those of an instance whose list is not loaded, and of an
 * account whose roles are not known yet. Also `role:<instance>/<account>` entries, so no new
 * section is planned beside a kept one.
 */
function keptSections(document: IniDocument, instances: readonly SyncInstance[]): Set<string> {
  const kept = new Set<string>();
  const bySession = new Map(instances.map((entry) => [ssoSessionName(entry.instance), entry]));
  const byUrl = new Map(instances.map((entry) => [entry.instance.startUrl, entry]));
  for (const section of document.sections.filter((candidate) => candidate.owned)) {
    const values = sectionValues(document, section.start, section.ownedEnd);
    const owner = section.name.kind === 'sso-session' ? bySession.get(section.name.name) : (bySession.get(values.get('sso_session') ?? '') ?? byUrl.get(/--instance\s+'?([^\s']+)/.exec(values.get('credential_process') ?? '')?.[1] ?? ''));
    if (!owner) continue; // An instance no longer in the app: its sections go.
    const accountId = values.get('sso_account_id') ?? /--account\s+'?(\d{12})/.exec(values.get('credential_process') ?? '')?.[1];
    const account = owner.accounts?.find((candidate) => candidate.accountId === accountId);
    const unknown = owner.accounts === undefined || (section.name.kind === 'profile' && account !== undefined && knownRoles(account) === undefined);
    if (!unknown) continue;
    kept.add(sectionKey(section.name));
    if (accountId) kept.add(`role:${owner.instance.id}/${accountId}`);
    if (section.name.kind === 'profile' && values.has('sso_session')) kept.add(`sso-session:${values.get('sso_session') ?? ''}`);
  }
  return kept;
}

function sectionValues(document: IniDocument, start: number, end: number): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of document.lines.slice(start + 1, end)) {
    const at = line.text.indexOf('=');
    if (at > 0) values.set(line.text.slice(0, at).trim(), line.text.slice(at + 1).trim());
  }
  return values;
}

function linesOf(document: IniDocument, key: string): IniLine[] {
  const section = document.sections.find((candidate) => candidate.owned && sectionKey(candidate.name) === key);
  return section ? document.lines.slice(section.start, section.ownedEnd) : [];
}

function templateFieldsOf(role: WantedRole, preferences: ConfigSyncInput['accountPreferences']) {
  const alias = preferences[accountKey(role.instance.id, role.account.accountId)]?.alias;
  return { account_name: role.account.accountName || role.account.accountId, account_id: role.account.accountId, role_name: role.roleName, alias: alias ?? role.account.accountName, instance: role.instance.displayName };
}

/** A value both readers take whole: one line, not empty, nothing the JS SDK cuts as a comment. */
function safeValue(value: string): boolean {
  return value.trim() !== '' && !/[\r\n]/.test(value) && !/\s[#;]/.test(value) && value === value.trim();
}

function compareTuples(a: readonly string[], b: readonly string[]): number {
  for (const [index, value] of a.entries()) {
    const other = b[index] ?? '';
    if (value !== other) return value < other ? -1 : 1;
  }
  return 0;
}
