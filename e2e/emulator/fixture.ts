// The organisation fixture: which IAM Identity Center instances exist, who can sign in to each and
// which roles they may assume in which accounts. Validated with zod so a typo in a fixture fails
// loudly with the JSON path of the mistake, not later as a puzzling 404 from the portal.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const accountIdSchema = z.string().regex(/^\d{12}$/, 'an account id is exactly 12 digits');
// IAM role names: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
export const roleNameSchema = z.string().regex(/^[\w+=,.@-]{1,64}$/, 'a role name is 1-64 of [A-Za-z0-9+=,.@_-]');
export const userNameSchema = z.string().regex(/^[\w+=,.@-]{1,128}$/, 'a user name is 1-128 of [A-Za-z0-9+=,.@_-]');

const userSchema = z.object({
  userName: userNameSchema,
  displayName: z.string().min(1),
  /** accountId → role names the user may assume there. */
  assignments: z.record(accountIdSchema, z.array(roleNameSchema).min(1)).default({}),
});

export const accountSchema = z.object({
  accountId: accountIdSchema,
  accountName: z.string().min(1).max(256),
  emailAddress: z.string().min(3),
});

const instanceSchema = z
  .object({
    startUrl: z.url({ protocol: /^https$/, error: 'startUrl must be an https URL (the AWS CLI rejects others)' }),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'region looks like eu-west-1'),
    users: z.array(userSchema).min(1),
    accounts: z.array(accountSchema),
  })
  .check((ctx) => {
    const instance = ctx.value;
    const accountIds = new Set<string>();
    instance.accounts.forEach((account, index) => {
      if (accountIds.has(account.accountId)) {
        ctx.issues.push({ code: 'custom', input: account.accountId, path: ['accounts', index, 'accountId'], message: `duplicate account id ${account.accountId}` });
      }
      accountIds.add(account.accountId);
    });
    const userNames = new Set<string>();
    instance.users.forEach((user, index) => {
      if (userNames.has(user.userName)) {
        ctx.issues.push({ code: 'custom', input: user.userName, path: ['users', index, 'userName'], message: `duplicate user name ${user.userName}` });
      }
      userNames.add(user.userName);
      for (const accountId of Object.keys(user.assignments)) {
        if (!accountIds.has(accountId)) {
          ctx.issues.push({ code: 'custom', input: accountId, path: ['users', index, 'assignments', accountId], message: `account ${accountId} is not in this instance's accounts` });
        }
      }
    });
  });

export const organisationSchema = z
  .object({ instances: z.array(instanceSchema).min(1, 'at least one instance is required') })
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.instances.forEach((instance, index) => {
      const key = normaliseStartUrl(instance.startUrl);
      if (seen.has(key)) {
        ctx.issues.push({ code: 'custom', input: instance.startUrl, path: ['instances', index, 'startUrl'], message: `duplicate startUrl ${instance.startUrl}` });
      }
      seen.add(key);
    });
  });

export type Organisation = z.infer<typeof organisationSchema>;
export type Instance = Organisation['instances'][number];
export type User = Instance['users'][number];
export type Account = Instance['accounts'][number];

/** Start URLs are compared without a trailing `/` or `#`, which people add by habit. */
export function normaliseStartUrl(startUrl: string): string {
  return startUrl.trim().replace(/[/#]+$/, '');
}

/** Validates parsed JSON; throws an Error listing every problem with its JSON path. */
export function parseOrganisation(value: unknown, source = 'organisation'): Organisation {
  const result = organisationSchema.safeParse(value);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
    throw new Error(`Invalid ${source}:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Reads and validates a fixture file (format: e2e/emulator/README.md). */
export function loadOrganisation(path: string): Organisation {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read organisation fixture ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Organisation fixture ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseOrganisation(json, `organisation fixture ${path}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join('');
}
