// Console sign-in against the emulator over real HTTP: the URL the core makes, followed as a browser
// would, signs in to the account and role asked for, in the region and at the page asked for; a
// session longer than the credentials, an expired and an unknown credential are refused with a
// message that says so; and opening records the role's use and never hands the page the URL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../e2e/emulator';
import { startSampleEmulator } from '../../e2e/emulator/testing';
import { systemClock } from '../ports/clock';
import { InMemorySecretStore } from '../secrets/in-memory-secret-store';
import { CoreHarness } from '../testing/core-harness';
import { RecordingConsoleOpener } from '../testing/recording-console-opener';

const startUrl = 'https://d-1234567890.awsapps.com/start';
let emulator: RunningEmulator;
/** How far the emulator's clock runs ahead of the app's (to make credentials expire there). */
let skewMs = 0;
let harness: CoreHarness;
let opener: RecordingConsoleOpener;
let instanceId: string;

beforeEach(async () => {
  skewMs = 0;
  emulator = await startSampleEmulator({ now: () => Date.now() + skewMs });
  opener = new RecordingConsoleOpener();
  harness = new CoreHarness({ clock: systemClock, endpoint: emulator.endpoint, secretStore: new InMemorySecretStore(), consoleOpener: opener });
  await harness.core.ready;
  instanceId = (await harness.addInstance(startUrl, 'eu-west-1', 'device-code')).id;
  await harness.call('sessions:sign-in', { instanceId });
  await harness.waitForSession(instanceId, ['signed-in']);
});

afterEach(async () => {
  await harness.dispose();
  await emulator.close();
});

/** Follows a login URL as a browser would; the page's heading and fields. */
async function follow(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url);
  return { status: response.status, html: await response.text() };
}

const field = (html: string, name: string) => new RegExp(`data-field="${name}">(?:<a href="[^"]*">)?([^<]*)<`).exec(html)?.[1];

describe('Core.consoleSignIn', () => {
  it('makes a URL that signs in to the account and role, at the service page in the region asked for', async () => {
    const before = Date.now();
    const signIn = await harness.core.consoleSignIn({ instanceId, accountId: '222222222222', roleName: 'PowerUserAccess', destination: 'ec2', region: 'us-west-2', sessionSeconds: 900 });
    expect(new URL(signIn.url).origin).toBe(emulator.endpoint);
    expect(signIn.expiresAt).toBeGreaterThanOrEqual(before + 15 * 60_000);
    expect(signIn.destination).toBe('https://us-west-2.console.aws.amazon.com/ec2/home?region=us-west-2');
    const page = await follow(signIn.url);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>Signed in to payments-staging (222222222222) as PowerUserAccess</h1>');
    expect(field(page.html, 'destination')).toBe('https://us-west-2.console.aws.amazon.com/ec2/home?region=us-west-2');
    expect(page.html).toContain(`href="${startUrl}"`);
    // The URL is the token: it works once.
    expect((await follow(signIn.url)).status).toBe(400);
  });

  it("uses the account's default region when none is asked for, and the instance's otherwise", async () => {
    const home = await harness.core.consoleSignIn({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' });
    expect(home.destination).toBe('https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1');
    await harness.call('preferences:set-account', { instanceId, accountId: '111111111111', preferences: { defaultRegion: 'ap-southeast-2' } });
    const regional = await harness.core.consoleSignIn({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' });
    expect(regional.region).toBe('ap-southeast-2');
    expect(field((await follow(regional.url)).html, 'destination')).toBe('https://ap-southeast-2.console.aws.amazon.com/console/home?region=ap-southeast-2');
  });

  it('refuses a session longer than the role credentials last, before asking AWS', async () => {
    await expect(harness.core.consoleSignIn({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess', sessionSeconds: 7200 })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/^The console session length \(2 h\) is longer than the role's credentials last \((1 h|\d+ min) left\)/),
    });
    expect(emulator.admin.counts()['GetSigninToken']?.requests ?? 0).toBe(0);
  });

  it('refuses a region of another partition', async () => {
    await expect(harness.core.consoleSignIn({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess', region: 'cn-north-1' })).rejects.toMatchObject({ code: 'unknown-region' });
  });

  it('reports credentials the sign-in service finds expired, and fetches new ones next time', async () => {
    await harness.core.roleCredentials({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' });
    skewMs = 2 * 3600_000;
    await expect(harness.core.consoleSignIn({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' })).rejects.toMatchObject({
      code: 'access-denied',
      message: "AWS sign-in refused the role's credentials (HTTP 400): Invalid credentials: the credentials have expired.",
    });
    skewMs = 0;
    const again = await harness.core.consoleSignIn({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' });
    expect((await follow(again.url)).html).toContain('as ReadOnlyAccess</h1>');
  });

  it('reports credentials the sign-in service does not know', async () => {
    await harness.core.roleCredentials({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' });
    expect(emulator.admin.revokeIssuedCredentials()).toBe(1);
    await expect(harness.core.consoleSignIn({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' })).rejects.toMatchObject({
      code: 'access-denied',
      message: "AWS sign-in refused the role's credentials (HTTP 400): Invalid credentials: the access key id was not issued by this emulator.",
    });
  });

  it('never logs the URL, the token or the credentials', async () => {
    const signIn = await harness.core.consoleSignIn({ instanceId, accountId: '111111111111', roleName: 'ReadOnlyAccess' });
    const token = new URL(signIn.url).searchParams.get('SigninToken') ?? '';
    const log = harness.logLines.join('\n');
    expect(token.length).toBeGreaterThan(50);
    expect(log).not.toContain(token);
    expect(log).not.toContain('SigninToken');
  });
});

describe('console:open', () => {
  const role = { instanceId: '', accountId: '222222222222', roleName: 'PowerUserAccess' };

  it('opens an in-app window in the role partition, answers no URL, and focuses it on the second click', async () => {
    const first = await harness.call('console:open', { ...role, instanceId, way: 'app-window', destination: 's3' });
    expect(first).toEqual({ way: 'app-window', destination: 'https://eu-west-1.console.aws.amazon.com/s3/home?region=eu-west-1', region: 'eu-west-1', partition: 'persist:console:222222222222:PowerUserAccess', focused: false, sessionEndsAt: expect.any(Number) });
    expect(JSON.stringify(first)).not.toContain('SigninToken');
    expect(opener.last).toMatchObject({ way: 'app-window', partition: 'persist:console:222222222222:PowerUserAccess' });
    expect(opener.last?.target?.label).toEqual({ accountLabel: 'payments-staging', accountId: '222222222222', roleName: 'PowerUserAccess', colour: undefined });
    expect((await follow(opener.last?.url ?? '')).html).toContain('<h1>Signed in to payments-staging (222222222222) as PowerUserAccess</h1>');

    const second = await harness.call('console:open', { ...role, instanceId, way: 'app-window' });
    expect(second).toMatchObject({ focused: true, partition: 'persist:console:222222222222:PowerUserAccess' });
    expect(opener.opened).toHaveLength(1);
    expect((await harness.call('preferences:get')).recent[0]).toMatchObject({ ...role, instanceId });
  });

  it('signs in again in place, back on the console page the window showed', async () => {
    await harness.call('console:open', { ...role, instanceId, way: 'app-window' });
    const target = opener.last?.target;
    const again = await target?.signInAgain('https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions');
    expect(field((await follow(again?.url ?? '')).html, 'destination')).toBe('https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions');
    // A page off the console (here: elsewhere) falls back to the first destination.
    const fallback = await target?.signInAgain('https://evil.example/');
    expect(field((await follow(fallback?.url ?? '')).html, 'destination')).toBe('https://eu-west-1.console.aws.amazon.com/console/home?region=eu-west-1');
  });

  it('logs out first in the browser when asked, and the chain ends signed in', async () => {
    await harness.call('console:open', { ...role, instanceId, way: 'browser', logOutFirst: true });
    const url = new URL(opener.last?.url ?? '');
    expect(opener.last?.way).toBe('browser');
    expect(url.pathname).toBe('/oauth');
    const logout = await fetch(url, { redirect: 'manual' });
    expect(logout.status).toBe(302);
    expect((await follow(logout.headers.get('location') ?? '')).html).toContain('as PowerUserAccess</h1>');
  });

  it('opens the access portal shortcut without asking for credentials', async () => {
    const opened = await harness.call('console:open', { ...role, instanceId, way: 'portal-link', destination: 'iam' });
    expect(opened).toMatchObject({ way: 'portal-link', focused: false });
    expect(opener.last?.url).toBe(`${startUrl}/#/console?account_id=222222222222&role_name=PowerUserAccess&destination=${encodeURIComponent('https://eu-west-1.console.aws.amazon.com/iam/home?region=eu-west-1')}`);
    expect(emulator.admin.counts()['GetSigninToken']?.requests ?? 0).toBe(0);
  });

  it('follows the settings: the way and the session length for the role scope', async () => {
    await harness.call('settings:update', { console: { openIn: 'browser', sessionSeconds: { [`${instanceId}/222222222222`]: 1200 } } });
    const opened = await harness.call('console:open', { ...role, instanceId });
    expect(opened.way).toBe('browser');
    const page = await follow(opener.last?.url ?? '');
    const ends = /<dt>Session ends<\/dt><dd>([^<]+)</.exec(page.html)?.[1] ?? '';
    expect(Math.round((Date.parse(ends) - Date.now()) / 60_000)).toBe(20);
  });
});
