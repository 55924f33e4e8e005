// A named profile with static role credentials in ~/.aws/credentials, for tools that read nothing
// else. The section carries the app's marker, so the app rewrites it (the active profile keeper
// does so before the credentials expire) and never touches a profile of the user's own.
import type { RoleCredentials } from '../aws/portal-client';
import { CredentialsProfileNameSchema } from '../model/app-settings';
import { applyEdits, headerText, ownedSectionEdits, parseIni, renderSection, sectionKey, serialise, type IniLine, type SectionName } from './ini/ini-document';
import { unifiedDiff } from './unified-diff';


export type CredentialsProfilePlan =
  | { readonly ok: true; readonly text: string; readonly diff: string }
  | { readonly ok: false; readonly reason: 'unreadable-file' | 'name-taken' | 'invalid-input'; readonly message: string; readonly line?: number };

/** The credentials file with `profile` holding these credentials (or without it, for `undefined`). */
export function planCredentialsProfile(existing: string | undefined, path: string, profile: string, credentials: RoleCredentials | undefined): CredentialsProfilePlan {
  if (!CredentialsProfileNameSchema.safeParse(profile).success) return { ok: false, reason: 'invalid-input', message: 'a profile name is 1 to 128 letters, digits, - _ or .' };
  const parsed = parseIni(existing ?? '', 'credentials');
  if (!parsed.ok) return { ok: false, reason: 'unreadable-file', message: `${path} line ${parsed.problem.line}: ${parsed.problem.message}`, line: parsed.problem.line };
  const document = parsed.document;
  const name: SectionName = profile === 'default' ? { kind: 'default', name: 'default' } : { kind: 'other', name: profile };
  const key = sectionKey(name);
  const clash = document.sections.find((section) => !section.owned && sectionKey(section.name) === key);
  if (clash) return { ok: false, reason: 'name-taken', message: `${path} line ${clash.start + 1}: [${profile}] is your own profile; choose another name for the app's`, line: clash.start + 1 };
  const lines: IniLine[] = credentials
    ? renderSection(headerText(name), [
        ['aws_access_key_id', credentials.accessKeyId],
        ['aws_secret_access_key', credentials.secretAccessKey],
        ['aws_session_token', credentials.sessionToken],
      ], document.newline)
    : [];
  const present = document.sections.some((section) => section.owned && sectionKey(section.name) === key);
  const replacements = new Map<string, readonly IniLine[]>();
  // The other owned profiles stay as they are: the app may keep several.
  for (const section of document.sections.filter((candidate) => candidate.owned)) replacements.set(sectionKey(section.name), document.lines.slice(section.start, section.ownedEnd));
  if (present) replacements.set(key, lines);
  const edits = ownedSectionEdits(document, replacements, present ? [] : lines);
  const text = serialise(applyEdits(document.lines, edits));
  return { ok: true, text, diff: unifiedDiff(path, document.lines, edits) };
}
