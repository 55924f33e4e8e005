// The AWS CLI's token cache as the app keeps it, against the emulator (which rotates refresh
// tokens): written at sign-in in the CLI's format and modes, read by the JS SDK's fromSSO, kept in
// step with each refresh, taken over when another program refreshed first, removed on sign-out and
// when the setting goes off. A temporary HOME throughout; the user's ~/.aws is never touched.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTokenCommand } from '@aws-sdk/client-sso-oidc';
import { fromSSO } from '@aws-sdk/credential-providers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../e2e/emulator';
import { oidcClient, SAMPLE_REGION, SAMPLE_START_URL, startSampleEmulator } from '../../../e2e/emulator/testing';
import { ssoSessionName } from '../../model/sso-session-name';
import { systemClock } from '../../ports/clock';
import { InMemorySecretStore } from '../../secrets/in-memory-secret-store';
import { CoreHarness } from '../../testing/core-harness';
import { cliTokenCachePath } from './cli-token-file';

let emulator: RunningEmulator;
let harness: CoreHarness;
let home: string;
let instanceId: string;
let cacheFile: string;

const cliKeys = ['startUrl', 'region', 'accessToken', 'expiresAt', 'clientId', 'clientSecret', 'registrationExpiresAt', 'refreshToken'];
const utc = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

beforeEach(async () => {
  emulator = await startSampleEmulator();
  home = mkdtempSync(join(tmpdir(), 'sso-tray-home-'));
  harness = new CoreHarness({ clock: systemClock, endpoint: emulator.endpoint, secretStore: new InMemorySecretStore(), homeDir: home });
  await harness.core.ready;
  instanceId = (await harness.addInstance(SAMPLE_START_URL, SAMPLE_REGION, 'device-code')).id;
  cacheFile = cliTokenCachePath(home, ssoSessionName({ startUrl: SAMPLE_START_URL }));
});

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
  rmSync(home, { recursive: true, force: true });
});

async function signIn(): Promise<void> {
  await harness.call('sessions:sign-in', { instanceId });
  await harness.waitForSession(instanceId, ['signed-in']);
}

const token = () => harness.core.sessions.getAccessToken(instanceId, { interactive: false });
const cached = () => JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>;

/** Waits for a setting's effect on disk (it follows the saved setting asynchronously). */
async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 500 && !condition(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('the AWS CLI token cache', () => {
  it('is not written while the setting is off (the default)', async () => {
    await signIn();
    await token();
    expect(existsSync(join(home, '.aws'))).toBe(false);
  });

  it('is written at sign-in in the CLI format, mode 0600 in a 0700 folder', async () => {
    await harness.call('settings:update', { tokenCache: { [instanceId]: true } });
    await signIn();
    const text = readFileSync(cacheFile, 'utf8');
    expect(text.startsWith('{"startUrl": ')).toBe(true);
    const file = JSON.parse(text) as Record<string, string>;
    expect(Object.keys(file)).toEqual(cliKeys);
    expect(file).toMatchObject({ startUrl: SAMPLE_START_URL, region: SAMPLE_REGION, accessToken: await token() });
    expect(file.expiresAt).toMatch(utc);
    expect(file.registrationExpiresAt).toMatch(utc);
    expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, '.aws', 'sso', 'cache')).mode & 0o777).toBe(0o700);
  });

  it("lets the JS SDK's fromSSO resolve the emulator's credentials without a second sign-in", async () => {
    await harness.call('settings:update', { tokenCache: { [instanceId]: true } });
    await signIn();
    const config = join(home, 'config');
    writeFileSync(
      config,
      `[sso-session ${ssoSessionName({ startUrl: SAMPLE_START_URL })}]\nsso_start_url = ${SAMPLE_START_URL}\nsso_region = ${SAMPLE_REGION}\n\n[profile dev]\nsso_session = ${ssoSessionName({ startUrl: SAMPLE_START_URL })}\nsso_account_id = 111111111111\nsso_role_name = ReadOnlyAccess\n`,
    );
    const saved = { HOME: process.env.HOME, AWS_CONFIG_FILE: process.env.AWS_CONFIG_FILE, SSO: process.env.AWS_ENDPOINT_URL_SSO, OIDC: process.env.AWS_ENDPOINT_URL_SSO_OIDC };
    Object.assign(process.env, { HOME: home, AWS_CONFIG_FILE: config, AWS_ENDPOINT_URL_SSO: emulator.endpoint, AWS_ENDPOINT_URL_SSO_OIDC: emulator.endpoint });
    const before = emulator.admin.counts().CreateToken?.requests ?? 0;
    try {
      const credentials = await fromSSO({ profile: 'dev' })();
      expect(emulator.admin.issuedCredentials(credentials.accessKeyId)).toMatchObject({ accountId: '111111111111', roleName: 'ReadOnlyAccess', userName: 'alice' });
      expect(emulator.admin.counts().CreateToken?.requests ?? 0).toBe(before);
    } finally {
      for (const [key, value] of Object.entries({ HOME: saved.HOME, AWS_CONFIG_FILE: saved.AWS_CONFIG_FILE, AWS_ENDPOINT_URL_SSO: saved.SSO, AWS_ENDPOINT_URL_SSO_OIDC: saved.OIDC })) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it("follows every refresh with the rotated refresh token, so the file's token is the one that works", async () => {
    await harness.call('settings:update', { tokenCache: { [instanceId]: true } });
    await signIn();
    const first = cached();
    const refreshed = await harness.core.sessions.getAccessToken(instanceId, { interactive: false, rejectedToken: await token() });
    const second = cached();
    expect(refreshed).not.toBe(first.accessToken);
    expect(second.accessToken).toBe(refreshed);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    // The rotated-away token is refused; the file's works.
    const oidc = oidcClient(emulator.endpoint);
    const refresh = (refreshToken: string | undefined) => oidc.send(new CreateTokenCommand({ clientId: second.clientId, clientSecret: second.clientSecret, grantType: 'refresh_token', refreshToken }));
    await expect(refresh(first.refreshToken)).rejects.toMatchObject({ name: 'InvalidGrantException' });
    expect((await refresh(second.refreshToken)).accessToken).toBeTruthy();
  });

  it('takes over a session the AWS CLI refreshed instead of sending its own, rotated-away refresh token', async () => {
    await harness.call('settings:update', { tokenCache: { [instanceId]: true } });
    await signIn();
    const ours = cached();
    // The CLI refreshes (as botocore does: refresh grant with the file's client, file rewritten).
    const oidc = oidcClient(emulator.endpoint);
    const grant = await oidc.send(new CreateTokenCommand({ clientId: ours.clientId, clientSecret: ours.clientSecret, grantType: 'refresh_token', refreshToken: ours.refreshToken }));
    const cliExpiry = new Date(Date.now() + (grant.expiresIn ?? 0) * 1000 + 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    writeFileSync(cacheFile, JSON.stringify({ ...ours, accessToken: grant.accessToken, expiresAt: cliExpiry, refreshToken: grant.refreshToken }));
    const requestsBefore = emulator.admin.counts().CreateToken?.requests ?? 0;

    // The app's next refresh finds the CLI's token and uses it: no request with the stale token.
    const adopted = await harness.core.sessions.getAccessToken(instanceId, { interactive: false, rejectedToken: ours.accessToken });
    expect(adopted).toBe(grant.accessToken);
    expect(emulator.admin.counts().CreateToken?.requests ?? 0).toBe(requestsBefore);
    expect(await harness.session(instanceId)).toMatchObject({ kind: 'signed-in' });

    // And the next refresh goes out with the CLI's refresh token, which works.
    const next = await harness.core.sessions.getAccessToken(instanceId, { interactive: false, rejectedToken: adopted });
    expect(next).not.toBe(adopted);
    expect(cached().accessToken).toBe(next);
    expect(await harness.session(instanceId)).toMatchObject({ kind: 'signed-in' });
  });

  it('goes when the user signs out', async () => {
    await harness.call('settings:update', { tokenCache: { [instanceId]: true } });
    await signIn();
    expect(existsSync(cacheFile)).toBe(true);
    await harness.call('sessions:sign-out', { instanceId });
    expect(existsSync(cacheFile)).toBe(false);
  });

  it('appears when the setting is turned on for a signed-in instance and goes when it is turned off', async () => {
    await signIn();
    expect(existsSync(cacheFile)).toBe(false);
    await harness.call('settings:update', { tokenCache: { [instanceId]: true } });
    await until(() => existsSync(cacheFile));
    expect(cached().accessToken).toBe(await token());
    await harness.call('settings:update', { tokenCache: { [instanceId]: false } });
    await until(() => !existsSync(cacheFile));
  });
});
