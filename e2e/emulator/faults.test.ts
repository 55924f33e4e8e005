// Fault injection is reproducible: the seed alone decides which requests fail, so a run that
// failed under dropRate/errorRate replays exactly (seeded-random.ts, README "Faults").
import { RegisterClientCommand, SSOOIDCServiceException } from '@aws-sdk/client-sso-oidc';
import { GetRoleCredentialsCommand, ListAccountRolesCommand, ListAccountsCommand, SSOServiceException } from '@aws-sdk/client-sso';
import { afterEach, describe, expect, it } from 'vitest';
import type { Faults, RunningEmulator } from './index';
import { mulberry32 } from './seeded-random';
import { deviceSignIn, oidcClient, portalClient, startSampleEmulator } from './testing';

const REQUESTS = 32;
const DROP_HALF: Faults = { dropRate: 0.5, operations: ['RegisterClient'] };
const running: RunningEmulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

async function emulatorWith(seed: number, faults: Faults = DROP_HALF): Promise<RunningEmulator> {
  const emulator = await startSampleEmulator({ seed, faults });
  running.push(emulator);
  return emulator;
}

type Outcome = 'ok' | 'dropped' | 'error';

/**
 * REQUESTS RegisterClient calls one after another (draws follow arrival order, so no concurrency),
 * with one SDK attempt each: a retry would hide the fault and spend extra draws.
 */
async function outcomes(emulator: RunningEmulator): Promise<Outcome[]> {
  const oidc = oidcClient(emulator.endpoint, { maxAttempts: 1 });
  const results: Outcome[] = [];
  for (let index = 0; index < REQUESTS; index++) {
    const outcome = await oidc.send(new RegisterClientCommand({ clientName: `faults-${index}`, clientType: 'public' })).then(
      (): Outcome => 'ok',
      (error: unknown): Outcome => (error instanceof SSOOIDCServiceException ? 'error' : 'dropped'),
    );
    results.push(outcome);
  }
  return results;
}

describe('seeded fault decisions', () => {
  it('drop exactly the same requests under the same seed, and others under another seed', async () => {
    const [first, twin, other] = await Promise.all([emulatorWith(7), emulatorWith(7), emulatorWith(8)]);
    const pattern = await outcomes(first);
    // What mulberry32(7) says for dropRate 0.5: one draw per request, dropped when below the rate.
    const draw = mulberry32(7);
    expect(pattern).toEqual(Array.from({ length: REQUESTS }, () => (draw() < 0.5 ? 'dropped' : 'ok')));
    expect(new Set(pattern)).toEqual(new Set(['ok', 'dropped'])); // a real mix, not all or nothing
    expect(first.admin.counts().RegisterClient).toEqual({ requests: REQUESTS, throttled: 0, faults: pattern.filter((outcome) => outcome === 'dropped').length });

    expect(await outcomes(twin)).toEqual(pattern);
    expect(await outcomes(other)).not.toEqual(pattern);
  });

  it('start over when a settings patch names the seed, also over HTTP', async () => {
    const emulator = await emulatorWith(7, { errorRate: 0.3, dropRate: 0.3, operations: ['RegisterClient'] });
    const pattern = await outcomes(emulator);
    expect(new Set(pattern)).toEqual(new Set(['ok', 'dropped', 'error']));

    const response = await fetch(`${emulator.endpoint}/_emulator/settings`, { method: 'PATCH', body: JSON.stringify({ seed: 7 }) });
    expect(await response.json()).toMatchObject({ seed: 7 });
    expect(await outcomes(emulator)).toEqual(pattern);

    emulator.admin.updateSettings({ seed: 7 });
    expect(await outcomes(emulator)).toEqual(pattern);
  });

  it('use seed 1 when none is given', async () => {
    const unseeded = await startSampleEmulator({ faults: DROP_HALF });
    running.push(unseeded);
    expect(unseeded.admin.settings().seed).toBe(1);
    expect(await outcomes(unseeded)).toEqual(await outcomes(await emulatorWith(1)));
  });
});

describe('failing accounts (faults.failAccounts)', () => {
  const FAILING = '111111111111';
  const HEALTHY = '222222222222';

  async function signedIn(faults: Faults) {
    const emulator = await emulatorWith(1, faults);
    const accessToken = (await deviceSignIn(emulator, { userName: 'alice' })).tokens.accessToken ?? '';
    const portal = portalClient(emulator.endpoint, { maxAttempts: 1 });
    const status = (call: Promise<unknown>) =>
      call.then(
        () => 200,
        (error: unknown) => (error instanceof SSOServiceException ? (error.$metadata.httpStatusCode ?? 0) : -1),
      );
    const listRoles = (accountId: string) => status(portal.send(new ListAccountRolesCommand({ accessToken, accountId })));
    const credentials = (accountId: string) => status(portal.send(new GetRoleCredentialsCommand({ accessToken, accountId, roleName: 'ReadOnlyAccess' })));
    return { emulator, accessToken, portal, listRoles, credentials };
  }

  it('answer every ListAccountRoles and GetRoleCredentials for that account with 500, set at start; other accounts and ListAccounts are untouched', async () => {
    const { emulator, accessToken, portal, listRoles, credentials } = await signedIn({ failAccounts: [FAILING] });
    emulator.admin.resetCounts();
    for (let round = 0; round < 10; round++) {
      expect([await listRoles(FAILING), await credentials(FAILING), await listRoles(HEALTHY), await credentials(HEALTHY)]).toEqual([500, 500, 200, 200]);
    }
    const accounts = await portal.send(new ListAccountsCommand({ accessToken, maxResults: 100 }));
    expect(accounts.accountList?.map((account) => account.accountId)).toContain(FAILING); // listed, but its roles fail
    const counts = emulator.admin.counts();
    expect(counts.ListAccountRoles).toEqual({ requests: 20, throttled: 0, faults: 10 });
    expect(counts.GetRoleCredentials).toEqual({ requests: 20, throttled: 0, faults: 10 });
    expect(counts.ListAccounts).toEqual({ requests: 1, throttled: 0, faults: 0 });
    const failure = await portal.send(new ListAccountRolesCommand({ accessToken, accountId: FAILING })).catch((error: unknown) => error as SSOServiceException);
    expect(failure).toMatchObject({ name: 'InternalServerException', message: `Injected fault: account ${FAILING} fails` });
  });

  it('answer the configured status, are patched over HTTP and cleared with faults: {}', async () => {
    const { emulator, accessToken, listRoles } = await signedIn({});
    expect(await listRoles(FAILING)).toBe(200);
    const patch = (faults: unknown) => fetch(`${emulator.endpoint}/_emulator/settings`, { method: 'PATCH', body: JSON.stringify({ faults }) });
    const patched = await patch({ failAccounts: [FAILING, HEALTHY], failAccountsStatus: 503 });
    expect(await patched.json()).toMatchObject({ faults: { failAccounts: [FAILING, HEALTHY], failAccountsStatus: 503 } });
    const raw = await fetch(`${emulator.endpoint}/assignment/roles?account_id=${FAILING}`, { headers: { 'x-amz-sso_bearer_token': accessToken } });
    expect(raw.status).toBe(503);
    expect(raw.headers.get('x-amzn-errortype')).toBe('ServiceUnavailableException');
    expect(await raw.json()).toEqual({ message: `Injected fault: account ${FAILING} fails` });
    expect(await listRoles(HEALTHY)).toBe(503);

    expect((await patch({})).status).toBe(200);
    expect([await listRoles(FAILING), await listRoles(HEALTHY)]).toEqual([200, 200]);

    for (const faults of [{ failAccounts: ['12345'] }, { failAccounts: [FAILING], failAccountsStatus: 418 }]) {
      const refused = await patch(faults);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { message: string }).message).toMatch(/failAccounts/);
    }
  });

  it('draw nothing: the seeded errorRate decisions for other accounts are the same with or without them', async () => {
    const seeded: Faults = { errorRate: 0.5, operations: ['ListAccountRoles'] };
    const plain = await signedIn(seeded);
    const withFailing = await signedIn({ ...seeded, failAccounts: [FAILING] });
    const sequence = Array.from({ length: 24 }, (_, index) => (index % 3 === 0 ? FAILING : HEALTHY));
    const run = async (listRoles: (accountId: string) => Promise<number>) => {
      const statuses: number[] = [];
      for (const accountId of sequence) statuses.push(await listRoles(accountId));
      return statuses;
    };
    const draw = mulberry32(1); // one draw per ListAccountRoles request, failing account or not
    const expected = sequence.map(() => (draw() < 0.5 ? 500 : 200));
    expect(await run(plain.listRoles)).toEqual(expected);
    const statuses = await run(withFailing.listRoles);
    expect(statuses).toEqual(sequence.map((accountId, index) => (accountId === FAILING ? 500 : expected[index])));
    expect(new Set(statuses.filter((_, index) => sequence[index] === HEALTHY))).toEqual(new Set([200, 500])); // a real mix
  });
});
