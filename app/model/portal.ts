// The access portal's list as the app keeps it: accounts with their permission sets (roles), per
// instance. Nothing secret: ids, names, emails and role names only. The schemas are the one
// definition for the cache file, the IPC contract and the types.
import { z } from 'zod';

/** Account ids are 12 digits; names and emails are the organisation's and may hold anything. */
export const AccountIdSchema = z.string().regex(/^\d{12}$/);
export const RoleNameSchema = z.string().min(1).max(128);

export const RolesSchema = z.discriminatedUnion('status', [
  /** Not listed yet (a new account, or a fresh start without cache). */
  z.object({ status: z.literal('pending') }),
  z.object({ status: z.literal('loaded'), names: z.array(RoleNameSchema), checkedAt: z.number() }),
  /** Still failing after retries; retried at the next refresh, the rest of the list is complete. */
  z.object({ status: z.literal('failed'), message: z.string().max(500), names: z.array(RoleNameSchema).optional() }),
]);
export type Roles = z.infer<typeof RolesSchema>;

export const PortalAccountSchema = z.object({
  accountId: AccountIdSchema,
  accountName: z.string().max(1_000),
  emailAddress: z.string().max(1_000),
  roles: RolesSchema,
});
export type PortalAccount = Readonly<z.infer<typeof PortalAccountSchema>>;

export const ListingPhaseSchema = z.enum(['idle', 'accounts', 'roles', 'sweeping']);

export const PortalProgressSchema = z.object({
  instanceId: z.string(),
  phase: ListingPhaseSchema,
  /** Accounts whose roles are known, of all accounts listed so far ("n of N accounts"). */
  accountsWithRoles: z.number().int().nonnegative(),
  accounts: z.number().int().nonnegative(),
  /** When the last complete listing finished, if one ever did. */
  refreshedAt: z.number().optional(),
  /** Why the last listing stopped early (signed out, session ended), in the user's words. */
  stoppedBecause: z.string().max(500).optional(),
});
export type PortalProgress = Readonly<z.infer<typeof PortalProgressSchema>>;

export const PortalSnapshotSchema = z.object({
  instanceId: z.string(),
  accounts: z.array(PortalAccountSchema),
  progress: PortalProgressSchema,
});
export type PortalSnapshot = Readonly<z.infer<typeof PortalSnapshotSchema>>;

/** Small changes pushed to pages as they happen, so 5,000 accounts never cross at once per update. */
export const PortalChangeSchema = z.discriminatedUnion('kind', [
  /** New or renamed accounts (whole account records, roles included). */
  z.object({ kind: z.literal('accounts-upserted'), accounts: z.array(PortalAccountSchema) }),
  z.object({ kind: z.literal('accounts-removed'), accountIds: z.array(AccountIdSchema) }),
  /** The snapshot was replaced (sign-out, a cache loaded): read it again with portal:get-snapshot. */
  z.object({ kind: z.literal('reset') }),
]);
export type PortalChange = z.infer<typeof PortalChangeSchema>;

/** What one refresh found, compared with the list before it: for the UI, the tray and notifications. */
export const PortalDiffSchema = z.object({
  addedAccounts: z.array(AccountIdSchema),
  removedAccounts: z.array(AccountIdSchema),
  renamedAccounts: z.array(AccountIdSchema),
  addedRoles: z.array(z.object({ accountId: AccountIdSchema, roleName: RoleNameSchema })),
  removedRoles: z.array(z.object({ accountId: AccountIdSchema, roleName: RoleNameSchema })),
});
export type PortalDiff = z.infer<typeof PortalDiffSchema>;
