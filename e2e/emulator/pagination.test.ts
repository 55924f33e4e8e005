// The last page of ListAccounts and ListAccountRoles says `"nextToken": null`, as the real portal
// does, and every kind of client stops there: the JS SDK paginators (they stop on a falsy token),
// a loop that tests `!== null` (SDK v2 style) and one that wants a string.
import { paginateListAccountRoles, paginateListAccounts } from '@aws-sdk/client-sso';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from './index';
import { deviceSignIn, portalClient, startSampleEmulator } from './testing';

let emulator: RunningEmulator;
let accessToken = '';
const ADMIN_ACCOUNT = '111111111111'; // alice: AdministratorAccess and ReadOnlyAccess
const SAMPLE_ACCOUNTS = 18; // alice's accounts in the sample instance

beforeAll(async () => {
  emulator = await startSampleEmulator();
  accessToken = (await deviceSignIn(emulator)).tokens.accessToken ?? '';
});
afterAll(() => emulator.close());
beforeEach(() => emulator.admin.resetCounts());

/** One raw page, as a client without the SDK sees it. */
async function rawPage(path: string, query: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(`${emulator.endpoint}${path}?${new URLSearchParams(query)}`, { headers: { 'x-amz-sso_bearer_token': accessToken } });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('the last page', () => {
  it('carries an explicit "nextToken": null on the wire, for ListAccounts and ListAccountRoles', async () => {
    const first = await rawPage('/assignment/accounts', { max_result: '5' });
    expect(typeof first.nextToken).toBe('string');
    const only = await rawPage('/assignment/accounts', { max_result: '100' });
    expect(Object.hasOwn(only, 'nextToken')).toBe(true);
    expect(only.nextToken).toBeNull();
    expect(only.accountList).toHaveLength(SAMPLE_ACCOUNTS);

    const roles = await rawPage('/assignment/roles', { account_id: ADMIN_ACCOUNT });
    expect(roles).toStrictEqual({ roleList: [expect.objectContaining({ roleName: 'AdministratorAccess' }), expect.objectContaining({ roleName: 'ReadOnlyAccess' })], nextToken: null });
    const firstRole = await rawPage('/assignment/roles', { account_id: ADMIN_ACCOUNT, max_result: '1' });
    expect(typeof firstRole.nextToken).toBe('string');
    expect(await rawPage('/assignment/roles', { account_id: ADMIN_ACCOUNT, max_result: '1', next_token: String(firstRole.nextToken) })).toMatchObject({ nextToken: null });
  });

  it.each([
    [1, 18],
    [5, 4],
    [6, 3], // the last page exactly full: still one request per page, no empty page after it
    [18, 1],
    [100, 1],
  ])('stops paginateListAccounts with pageSize %i after exactly %i requests', async (pageSize, pages) => {
    const client = portalClient(emulator.endpoint, { maxAttempts: 1 });
    const seen: string[] = [];
    let pageCount = 0;
    for await (const page of paginateListAccounts({ client, pageSize }, { accessToken })) {
      pageCount++;
      seen.push(...(page.accountList ?? []).map((account) => account.accountId ?? ''));
      expect(pageCount, 'the paginator did not stop').toBeLessThanOrEqual(pages);
    }
    expect(pageCount).toBe(pages);
    expect(new Set(seen).size).toBe(SAMPLE_ACCOUNTS);
    expect(emulator.admin.counts().ListAccounts?.requests).toBe(pages);
  });

  it.each([
    [1, 2],
    [2, 1],
    [undefined, 1],
  ])('stops paginateListAccountRoles with pageSize %s after exactly %i requests', async (pageSize, pages) => {
    const client = portalClient(emulator.endpoint, { maxAttempts: 1 });
    const roles: string[] = [];
    let pageCount = 0;
    for await (const page of paginateListAccountRoles({ client, pageSize }, { accessToken, accountId: ADMIN_ACCOUNT })) {
      pageCount++;
      roles.push(...(page.roleList ?? []).map((role) => role.roleName ?? ''));
      expect(pageCount, 'the paginator did not stop').toBeLessThanOrEqual(pages);
    }
    expect(roles).toEqual(['AdministratorAccess', 'ReadOnlyAccess']);
    expect(emulator.admin.counts().ListAccountRoles?.requests).toBe(pages);
  });

  it('ends a loop that stops only on null (SDK v2) and one that goes on only while the token is a string', async () => {
    const walk = async (more: (page: Record<string, unknown>) => boolean) => {
      const ids: unknown[] = [];
      let nextToken: unknown;
      for (let request = 1; ; request++) {
        const page = await rawPage('/assignment/accounts', { max_result: '7', ...(typeof nextToken === 'string' ? { next_token: nextToken } : {}) });
        ids.push(...(page.accountList as unknown[]));
        if (!more(page)) return { ids, requests: request };
        if (request > 10) throw new Error('the loop did not stop');
        nextToken = page.nextToken;
      }
    };
    expect(await walk((page) => page.nextToken !== null)).toMatchObject({ requests: 3, ids: expect.any(Array) });
    const byKey = await walk((page) => typeof page.nextToken === 'string');
    expect(byKey.requests).toBe(3);
    expect(byKey.ids).toHaveLength(SAMPLE_ACCOUNTS);
  });
});
