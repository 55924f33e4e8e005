// Profile names from the user's template (settings `profiles.nameTemplate`), cut down to what the
// AWS CLI (shlex word) and the JS SDK (`[\w-@+.%:/]+` after `profile `) both accept without quoting.
// The same characters as model/sso-session-name.ts, so every name the app writes reads one way.

export const templateFields = ['account_name', 'account_id', 'role_name', 'alias', 'instance'] as const;
export type TemplateField = (typeof templateFields)[number];

const unsafe = /[^A-Za-z0-9_.-]+/g;
const maxNameLength = 128;

/** Why the template cannot name profiles, or undefined when it can. */
export function templateProblem(template: string): string | undefined {
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? '').find((field) => !(templateFields as readonly string[]).includes(field));
  if (unknown !== undefined) return `the profile name template uses {${unknown}}; the fields are ${templateFields.map((field) => `{${field}}`).join(' ')}`;
  if (!/\{(account_name|account_id|alias)\}/.test(template) || !/\{role_name\}/.test(template)) {
    return 'the profile name template needs the account ({account_name}, {account_id} or {alias}) and {role_name}, so each role gets its own profile';
  }
  return undefined;
}

/** The template filled in and made safe; never empty. */
export function profileName(template: string, fields: Readonly<Record<TemplateField, string>>): string {
  const filled = template.replace(/\{([a-z_]+)\}/g, (whole, field: string) => (Object.hasOwn(fields, field) ? fields[field as TemplateField] : whole));
  const safe = filled.replace(unsafe, '-').replace(/-{2,}/g, '-').replace(/-*\.-*/g, '.').replace(/^[-.]+|[-.]+$/g, '').slice(0, maxNameLength);
  return safe || `${fields.account_id}.${fields.role_name.replace(unsafe, '-')}`;
}

/**
 * Gives each wanted name a free one, in the order given: a taken name gets `-2`, `-3`, ... The
 * caller sorts the roles first, so the same inputs always give the same names.
 */
export function resolveCollisions(wanted: readonly string[], taken: ReadonlySet<string>): string[] {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  return wanted.map((name) => {
    let candidate = name;
    for (let suffix = 2; used.has(candidate.toLowerCase()); suffix++) candidate = `${name}-${suffix}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
