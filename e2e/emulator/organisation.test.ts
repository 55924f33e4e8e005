// Changing the organisation while the emulator runs (admin API, in process and over HTTP): what a
// signed-in client sees on its next call, what is refused, and the 5,000 × 4 generator behind
// refresh benchmarks.
import { GetRoleCredentialsCommand, ListAccountRolesCommand, ListAccountsCommand, ResourceNotFoundException, paginateListAccounts } from '@aws-sdk/client-sso';
import { afterEach, describe, expect, it } from 'vitest';
import { generateOrganisation, loadOrganisation, startEmulator, type AccountDetails, type Organisation, type RunningEmulator } from './index';
import { SANDBOX_START_URL, SAMPLE_START_URL, deviceSignIn, portalClient, startSampleEmulator } from './testing';

const running: RunningEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

/** Alice (by default) signed in to a fresh emulator: the sample organisation unless another is given. */
async function signedIn(userName = 'alice', emulatorPromise: Promise<RunningEmulator> = startSampleEmulator({ autoApproveUser: undefined }), startUrl = SAMPLE_START_URL) {
  const emulator = await emulatorPromise;
  running.push(emulator);
  const accessToken = (await deviceSignIn(emulator, { userName, startUrl })).tokens.accessToken ?? '';
  const portal = portalClient(emulator.endpoint, { maxAttempts: 1 });
  const accounts = async (token = accessToken) => {
    const all: { accountId?: string; accountName?: string }[] = [];
    for await (const page of paginateListAccounts({ client: portal, pageSize: 100 }, { accessToken: token })) all.push(...(page.accountList ?? []));
    return all.map(({ accountId, accountName }) => ({ accountId, accountName }));
  };
  const roles = async (accountId: string, token = accessToken) => ((await portal.send(new ListAccountRolesCommand({ accessToken: token, accountId }))).roleList ?? []).map((role) => role.roleName);
  return { emulator, accessToken, portal, accounts, roles };
}

const admin = (emulator: RunningEmulator, path: string, init?: RequestInit) => fetch(`${emulator.endpoint}/_emulator/${path}`, init);
const send = async (emulator: RunningEmulator, method: string, path: string, body?: unknown) => {
  const response = await admin(emulator, path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { message?: string } };
};

describe('in process (emulator.admin)', () => {
  it('adds accounts with roles at the end of the listing, for the named users only; the signed-in session sees them on its next call', async () => {
    const { emulator, accounts, roles } = await signedIn();
    const before = await accounts();
    const added = emulator.admin.addAccounts([
      { accountId: '900000000001', accountName: 'new-for-everyone', roles: ['ReadOnlyAccess', 'Billing'] },
      { accountId: '900000000002', accountName: 'new-for-bob', emailAddress: 'bob@example.com', roles: ['AdministratorAccess'], users: ['bob'] },
    ]);
    expect(added).toEqual<AccountDetails[]>([
      { startUrl: SAMPLE_START_URL, accountId: '900000000001', accountName: 'new-for-everyone', emailAddress: 'aws+900000000001@example.com', assignments: { alice: ['ReadOnlyAccess', 'Billing'], bob: ['ReadOnlyAccess', 'Billing'] } },
      { startUrl: SAMPLE_START_URL, accountId: '900000000002', accountName: 'new-for-bob', emailAddress: 'bob@example.com', assignments: { bob: ['AdministratorAccess'] } },
    ]);
    expect(await accounts()).toEqual([...before, { accountId: '900000000001', accountName: 'new-for-everyone' }]);
    expect(await roles('900000000001')).toEqual(['ReadOnlyAccess', 'Billing']);
    await expect(roles('900000000002')).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect(emulator.admin.account('900000000002')?.assignments).toEqual({ bob: ['AdministratorAccess'] });
    expect(emulator.admin.account('999999999999')).toBeUndefined();
  });

  it('renames in place, removes an account (its issued credentials stay valid) and refuses what cannot be done', async () => {
    const { emulator, accessToken, portal, accounts, roles } = await signedIn();
    const before = await accounts();
    emulator.admin.renameAccount('222222222222', 'renamed-account');
    expect(await accounts()).toEqual(before.map((account) => (account.accountId === '222222222222' ? { ...account, accountName: 'renamed-account' } : account)));

    const issued = await portal.send(new GetRoleCredentialsCommand({ accessToken, accountId: '111111111111', roleName: 'ReadOnlyAccess' }));
    emulator.admin.removeAccount('111111111111');
    expect((await accounts()).map((account) => account.accountId)).toEqual(before.map((account) => account.accountId).filter((id) => id !== '111111111111'));
    await expect(roles('111111111111')).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(portal.send(new GetRoleCredentialsCommand({ accessToken, accountId: '111111111111', roleName: 'ReadOnlyAccess' }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect(emulator.admin.issuedCredentials(issued.roleCredentials?.accessKeyId ?? '')).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess' });
    expect(emulator.admin.account('111111111111')).toBeUndefined();

    const refusal = (change: () => unknown) => {
      try {
        change();
      } catch (error) {
        return { status: (error as { status?: number }).status, message: (error as Error).message };
      }
      throw new Error('the change was accepted');
    };
    expect(refusal(() => emulator.admin.removeAccount('111111111111'))).toMatchObject({ status: 404 });
    expect(refusal(() => emulator.admin.addAccounts([{ accountId: '222222222222', accountName: 'twice', roles: [] }]))).toMatchObject({ status: 409 });
    expect(refusal(() => emulator.admin.addAccounts([{ accountId: '900000000003', accountName: 'x', roles: ['R'], users: ['mallory'] }]))).toMatchObject({ status: 400, message: expect.stringMatching(/mallory/) });
    expect(refusal(() => emulator.admin.addAccounts([{ accountId: '12345', accountName: 'x', roles: [] }]))).toMatchObject({ status: 400, message: expect.stringMatching(/0\.accountId/) });
    expect(refusal(() => emulator.admin.addAccounts([{ accountId: '900000000004', accountName: 'x', roles: ['bad role!'] }]))).toMatchObject({ status: 400 });
    expect(refusal(() => emulator.admin.renameAccount('222222222222', ''))).toMatchObject({ status: 400 });
    expect(refusal(() => emulator.admin.addAccounts([], { startUrl: 'https://nowhere.awsapps.com/start' }))).toMatchObject({ status: 404 });
    // All or none: the valid first account of a refused batch is not added either.
    refusal(() => emulator.admin.addAccounts([{ accountId: '900000000005', accountName: 'ok', roles: [] }, { accountId: '900000000005', accountName: 'dup', roles: [] }]));
    expect(emulator.admin.account('900000000005')).toBeUndefined();
  });

  it('adds and removes roles: defaults to the current holders, and a user left without a role no longer sees the account', async () => {
    const alice = await signedIn();
    const { emulator } = alice;
    const bobToken = (await deviceSignIn(emulator, { userName: 'bob' })).tokens.accessToken ?? '';
    // 301234567890 (log-archive): alice holds ReadOnlyAccess; bob holds nothing there.
    expect(emulator.admin.account('301234567890')?.assignments).toEqual({ alice: ['ReadOnlyAccess'] });
    emulator.admin.addRole('301234567890', 'PowerUserAccess');
    expect(await alice.roles('301234567890')).toEqual(['ReadOnlyAccess', 'PowerUserAccess']);
    await expect(alice.roles('301234567890', bobToken)).rejects.toBeInstanceOf(ResourceNotFoundException);

    emulator.admin.addRole('301234567890', 'ViewOnlyAccess', { users: ['bob'] });
    expect(await alice.roles('301234567890', bobToken)).toEqual(['ViewOnlyAccess']);
    expect((await alice.accounts(bobToken)).map((account) => account.accountId)).toContain('301234567890');

    emulator.admin.removeRole('301234567890', 'ViewOnlyAccess');
    expect((await alice.accounts(bobToken)).map((account) => account.accountId)).not.toContain('301234567890');
    emulator.admin.removeRole('301234567890', 'ReadOnlyAccess', { users: ['alice'] });
    expect(await alice.roles('301234567890')).toEqual(['PowerUserAccess']);
    expect(() => emulator.admin.removeRole('301234567890', 'ReadOnlyAccess')).toThrow(/No user holds ReadOnlyAccess/);
    expect(() => emulator.admin.addRole('301234567890', 'Billing', { users: ['mallory'] })).toThrow(/no user mallory/);
    emulator.admin.addRole('301234567890', 'PowerUserAccess'); // idempotent
    expect(emulator.admin.account('301234567890')?.assignments).toEqual({ alice: ['PowerUserAccess'] });
  });

  it('keeps emulators started from one organisation object apart, and never changes that object', async () => {
    const org = loadOrganisation('e2e/fixtures/sample-org.json');
    const snapshot = structuredClone(org);
    const one = await signedIn('alice', startEmulator({ org, log: () => undefined, rateLimitPerSecond: 0, portalRateLimitPerSecond: 0 }));
    const two = await signedIn('alice', startEmulator({ org, log: () => undefined, rateLimitPerSecond: 0, portalRateLimitPerSecond: 0 }));
    one.emulator.admin.removeRole('111111111111', 'AdministratorAccess');
    one.emulator.admin.renameAccount('222222222222', 'only-in-one');
    expect(await one.roles('111111111111')).toEqual(['ReadOnlyAccess']);
    expect(await two.roles('111111111111')).toEqual(['AdministratorAccess', 'ReadOnlyAccess']);
    expect((await two.accounts()).find((account) => account.accountId === '222222222222')?.accountName).not.toBe('only-in-one');
    expect(org).toEqual(snapshot);
  });

  it('names the instance when an account id is in several, and works on the named one', async () => {
    const org: Organisation = loadOrganisation('e2e/fixtures/sample-org.json');
    const sandbox = org.instances[1];
    if (!sandbox) throw new Error('the sample has two instances');
    sandbox.accounts.push({ accountId: '111111111111', accountName: 'sandbox-twin', emailAddress: 'twin@example.com' });
    const { emulator } = await signedIn('alice', startEmulator({ org, log: () => undefined, rateLimitPerSecond: 0, portalRateLimitPerSecond: 0 }));
    expect(() => emulator.admin.renameAccount('111111111111', 'which')).toThrow(/several instances: name the startUrl/);
    emulator.admin.renameAccount('111111111111', 'twin-renamed', { startUrl: SANDBOX_START_URL });
    expect(emulator.admin.account('111111111111', { startUrl: SANDBOX_START_URL })?.accountName).toBe('twin-renamed');
    expect(emulator.admin.account('111111111111', { startUrl: SAMPLE_START_URL })?.accountName).not.toBe('twin-renamed');
  });
});

describe('over HTTP (/_emulator/accounts)', () => {
  it('adds, reads, renames, changes roles and removes, with the statuses of refusals', async () => {
    const { emulator, accounts, roles } = await signedIn();
    const added = await send(emulator, 'POST', 'accounts', { accounts: [{ accountId: '900000000001', accountName: 'http-added', roles: ['ReadOnlyAccess'], users: ['alice'] }] });
    expect(added).toEqual({ status: 200, body: { accounts: [{ startUrl: SAMPLE_START_URL, accountId: '900000000001', accountName: 'http-added', emailAddress: 'aws+900000000001@example.com', assignments: { alice: ['ReadOnlyAccess'] } }] } });
    expect((await accounts()).at(-1)).toEqual({ accountId: '900000000001', accountName: 'http-added' });
    expect(await send(emulator, 'GET', `accounts/900000000001?startUrl=${encodeURIComponent(SAMPLE_START_URL)}`)).toMatchObject({ status: 200, body: { accountName: 'http-added' } });

    expect(await send(emulator, 'PATCH', 'accounts/900000000001', { accountName: 'http-renamed' })).toMatchObject({ status: 200, body: { accountName: 'http-renamed' } });
    expect(await send(emulator, 'POST', 'accounts/900000000001/roles', { roleName: 'Billing' })).toMatchObject({ status: 200, body: { assignments: { alice: ['ReadOnlyAccess', 'Billing'] } } });
    expect(await roles('900000000001')).toEqual(['ReadOnlyAccess', 'Billing']);
    expect(await send(emulator, 'POST', 'accounts/900000000001/roles', { roleName: 'Billing', users: ['bob'] })).toMatchObject({ body: { assignments: { alice: ['ReadOnlyAccess', 'Billing'], bob: ['Billing'] } } });
    expect(await send(emulator, 'DELETE', 'accounts/900000000001/roles/Billing?user=alice')).toMatchObject({ status: 200, body: { assignments: { alice: ['ReadOnlyAccess'], bob: ['Billing'] } } });
    expect(await roles('900000000001')).toEqual(['ReadOnlyAccess']);

    expect(await send(emulator, 'DELETE', 'accounts/900000000001')).toEqual({ status: 200, body: { ok: true } });
    expect((await accounts()).map((account) => account.accountId)).not.toContain('900000000001');

    const refusals = await Promise.all([
      send(emulator, 'GET', 'accounts/900000000001'),
      send(emulator, 'DELETE', 'accounts/900000000001'),
      send(emulator, 'PATCH', 'accounts/222222222222', {}),
      send(emulator, 'POST', 'accounts', {}),
      send(emulator, 'POST', 'accounts', { accounts: [{ accountId: '222222222222', accountName: 'dup', roles: [] }] }),
      send(emulator, 'POST', 'accounts', { accounts: [], startUrl: 'https://nowhere.awsapps.com/start' }),
      send(emulator, 'POST', 'accounts/222222222222/roles', { roleName: 'x y' }),
      send(emulator, 'DELETE', 'accounts/222222222222/roles/NoSuchRole'),
      send(emulator, 'DELETE', 'accounts/22/roles/NoSuchRole'),
    ]);
    expect(refusals.map((refusal) => refusal.status)).toEqual([404, 404, 400, 400, 409, 404, 400, 404, 400]);
    expect(refusals.every((refusal) => typeof refusal.body.message === 'string')).toBe(true);
    const notJson = await admin(emulator, 'accounts', { method: 'POST', body: '[1]' });
    expect(notJson.status).toBe(400);
  });

  it('adds seeded generated accounts, numbered after the last one and the same in two emulators', async () => {
    const results: unknown[] = [];
    for (let run = 0; run < 2; run++) {
      const { emulator, accounts } = await signedIn();
      const response = await send(emulator, 'POST', 'accounts', { generate: { accounts: 30, rolesPerAccount: 2, seed: 9, users: ['alice'] } });
      expect(response.status).toBe(200);
      const added = response.body.accounts as AccountDetails[];
      expect(added).toHaveLength(30);
      expect(added[0]?.accountName).toMatch(/-0019$/); // the sample instance has 18 accounts
      expect(added[0]?.assignments).toEqual({ alice: ['AdministratorAccess', 'ReadOnlyAccess'] });
      expect((await accounts()).slice(-30).map((account) => account.accountId)).toEqual(added.map((account) => account.accountId));
      results.push(added);
    }
    expect(results[1]).toEqual(results[0]);
  });
});

describe('a generated organisation of 5,000 accounts × 4 roles', () => {
  it('starts quickly, lists all of them, and takes changes while running', async () => {
    const started = performance.now();
    const org = generateOrganisation({ accounts: 5000, rolesPerAccount: 4 });
    const { emulator, accounts, roles } = await signedIn('alice', startEmulator({ org, log: () => undefined, rateLimitPerSecond: 0, portalRateLimitPerSecond: 0 }), org.instances[0]?.startUrl);
    expect(performance.now() - started).toBeLessThan(5_000); // about 0.2 s; generous for a busy machine
    expect(await accounts()).toHaveLength(5000);

    const generated = org.instances[0]?.accounts ?? [];
    const added = emulator.admin.addGeneratedAccounts({ accounts: 100, rolesPerAccount: 4 });
    expect(new Set([...generated, ...added].map((account) => account.accountId)).size).toBe(5100); // no id drawn twice
    expect(added[0]?.accountName).toMatch(/-5001$/);
    const last = generated[4999]?.accountId ?? '';
    emulator.admin.removeAccount(last);
    const listed = await accounts();
    expect(listed).toHaveLength(5099);
    expect(listed.at(-1)?.accountId).toBe(added.at(-1)?.accountId);
    expect(await roles(added[0]?.accountId ?? '')).toEqual(['AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess', 'Billing']);
    expect(emulator.admin.account(last)).toBeUndefined();
  });
});

describe('paging while the organisation changes', () => {
  it('pages by offset, as documented: removing an account between two pages skips the one that moved up', async () => {
    const { emulator, accessToken, portal } = await signedIn();
    const all = (await portal.send(new ListAccountsCommand({ accessToken, maxResults: 100 }))).accountList ?? [];
    const first = await portal.send(new ListAccountsCommand({ accessToken, maxResults: 10 }));
    expect(first.accountList).toEqual(all.slice(0, 10));
    emulator.admin.removeAccount(all[0]?.accountId ?? '');
    const second = await portal.send(new ListAccountsCommand({ accessToken, maxResults: 10, nextToken: first.nextToken }));
    expect(second.accountList).toEqual(all.slice(11)); // all[10] moved to position 9 and is never seen
    expect(second.nextToken).toBeUndefined(); // the SDK turns the last page's null into undefined
  });
});
